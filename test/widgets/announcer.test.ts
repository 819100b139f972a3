import { expect, html } from '@open-wc/testing';
import { announce, Announcer, getAnnouncer } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

/** Every text the region shows, in order, from now on. */
function recordTexts(region: HTMLElement): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent ?? ''));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('Announcer', () => {
  it('creates a polite status region and an assertive region, visually hidden but not hidden from screen readers', async () => {
    const container = await mount<HTMLDivElement>(html`<div></div>`);
    const announcer = new Announcer(container);
    const polite = announcer.region();
    const assertive = announcer.region(true);
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(polite.getAttribute('aria-atomic')).to.equal('true');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(container.contains(polite) && container.contains(assertive)).to.equal(true);
    const wrapper = polite.parentElement!;
    const style = getComputedStyle(wrapper);
    expect(style.position).to.equal('absolute');
    expect(wrapper.getBoundingClientRect().width).to.be.at.most(1);
    expect(style.display).to.not.equal('none');
    expect(style.visibility).to.not.equal('hidden');
    expect(wrapper.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('clears the region, then writes the message after a tick', async () => {
    const announcer = new Announcer(await mount<HTMLDivElement>(html`<div></div>`));
    const region = announcer.region();
    const done = announcer.announce('23 services near M27');
    expect(region.textContent).to.equal('');
    await done;
    expect(region.textContent).to.equal('23 services near M27');
  });

  it('re-announces an identical message (empties the region first)', async () => {
    const announcer = new Announcer(await mount<HTMLDivElement>(html`<div></div>`));
    const region = announcer.region();
    await announcer.announce('No services found');
    const record = recordTexts(region);
    await announcer.announce('No services found');
    await new Promise((resolve) => setTimeout(resolve));
    record.stop();
    expect(record.texts).to.deep.equal(['', 'No services found']);
  });

  it('sends assertive messages to the assertive region only', async () => {
    const announcer = new Announcer(await mount<HTMLDivElement>(html`<div></div>`));
    await announcer.announce('Loading.', { assertive: true });
    expect(announcer.region(true).textContent).to.equal('Loading.');
    expect(announcer.region().textContent).to.equal('');
  });

  it('replaces a message not yet written with a newer one, and settles both promises', async () => {
    const announcer = new Announcer(await mount<HTMLDivElement>(html`<div></div>`));
    const first = announcer.announce('Searching');
    const second = announcer.announce('5 services near M27');
    await Promise.all([first, second]);
    expect(announcer.region().textContent).to.equal('5 services near M27');
  });

  it('the document announcer lives in <body>, is shared, and comes back if removed', async () => {
    const one = getAnnouncer();
    expect(getAnnouncer()).to.equal(one);
    expect(document.body.contains(one.region())).to.equal(true);
    await announce('Filters cleared');
    expect(one.region().textContent).to.equal('Filters cleared');

    one.region().parentElement!.remove();
    const two = getAnnouncer();
    expect(two).to.not.equal(one);
    expect(document.body.contains(two.region())).to.equal(true);
    expect(document.querySelectorAll('[data-fh-announcer]')).to.have.length(1);
  });
});
