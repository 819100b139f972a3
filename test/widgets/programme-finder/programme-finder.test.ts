import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createContentClient, createPackSource, type ContentClient } from '@family-hubs/content';
import { packFromSpaceExport } from '@family-hubs/content/pack-builder';
import '@family-hubs/widgets/programme-finder/define';
import type { FhAskForHelpEvent, FhProgrammeFinder } from '@family-hubs/widgets';
import { sampleClient } from '../../support/clients.js';
import { buildSpace, link } from '../../support/space-builder.js';
import { EXAMPLE_TODAY } from './programme-finder.examples.js';

async function mountFinder(client: ContentClient, attributes: { start?: string; stages?: string; needs?: string; geocoder?: string } = {}) {
  const el = await fixture<FhProgrammeFinder>(html`<fh-programme-finder
    .contentClient=${client}
    today=${EXAMPLE_TODAY}
    start=${attributes.start ?? 'questions'}
    stages=${attributes.stages ?? ''}
    needs=${attributes.needs ?? ''}
    geocoder=${attributes.geocoder ?? ''}
    ><p>Call 0161 496 0000</p></fh-programme-finder
  >`);
  await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the finder did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
const programmeNames = (el: Element) => [...root(el).querySelectorAll('.programme > :first-child')].map((h) => h.textContent.trim());
const courseIds = (programme: Element) => [...programme.querySelectorAll<HTMLElement>('.course')].map((c) => [c.dataset['course'], c.dataset['status']]);
const button = (el: Element, label: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(label))!;

async function press(el: FhProgrammeFinder, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

describe('<fh-programme-finder>', () => {
  it('walks the guided questions by keyboard, focus following each step, and matches with a reason', async () => {
    const el = await mountFinder(sampleClient());
    button(el, 'Answer a few questions').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.textContent).to.equal('How old is your child?');
    // Tick "3 to 5 years" (the 4th box) with the keyboard.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect((root(el).activeElement as HTMLInputElement).value).to.equal('age3to5');
    await press(el, 'Continue');
    expect(root(el).activeElement?.textContent).to.equal('What would help?');
    root(el).querySelector<HTMLInputElement>('input[value="behaviour"]')!.click();
    await press(el, 'Continue');
    await press(el, 'Skip this question');
    await press(el, 'Skip this question');
    await press(el, 'Skip this question');
    await waitUntil(() => root(el).activeElement?.classList.contains('step-heading'));
    expect(el.step).to.equal('results');
    const names = programmeNames(el);
    expect(names).to.include('Incredible Years Preschool');
    expect(names).to.not.include('Family Nurse Partnership');
    const iy = root(el).querySelector('[data-programme="prog-incredible-years-preschool"]')!;
    expect(iy.querySelector('.reasons')!.textContent).to.contain('For parents of 3 to 6 year olds');
    expect(iy.querySelector('.reasons')!.textContent).to.contain('Helps with: behaviour');
    await expect(el).to.be.accessible();
  });

  it('shows the evidence in plain words with the caveat, the source through the URL policy and the national list', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results' });
    const iy = root(el).querySelector('[data-programme="prog-incredible-years-preschool"]')!;
    const evidence = iy.querySelector('[part="evidence"]')!;
    expect(evidence.textContent).to.contain('Foundations Guidebook rating: 4+.');
    expect(evidence.textContent).to.contain('not a kite mark');
    expect(evidence.querySelector('a')!.getAttribute('href')).to.equal('https://guidebook.foundations.org.uk/');
    expect(evidence.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(evidence.textContent).to.contain('Rating checked on 20 November 2026');
    expect(evidence.querySelector('[data-national-list]')!.textContent).to.contain('On a national list of approved programmes');
    expect(iy.querySelector('details summary')!.textContent).to.equal('What to expect in the first session');
  });

  it('marks a started or full course instead of hiding it, after the ones a family can join', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results' });
    const tripleP = root(el).querySelector('[data-programme="prog-triple-p-level-4-group"]')!;
    // Central's course started on 1 December and is full: it comes last, marked.
    expect(courseIds(tripleP)).to.deep.equal([
      ['course-triple-p-4-online-2027-01', 'open'],
      ['course-triple-p-4-millbrook-2027-03', 'open'],
      ['course-triple-p-4-central-2026-12', 'full'],
    ]);
    const full = tripleP.querySelector('[data-status="full"]')!;
    expect(full.querySelector('[part="course-status"]')!.textContent).to.equal('Full');
    expect(full.textContent, 'no booking link on a full course').to.not.contain('Book a place');
    const online = tripleP.querySelector('[data-course="course-triple-p-4-online-2027-01"]')!;
    expect(online.textContent).to.contain('Starts Wednesday 20 January 2027');
    expect(online.textContent, 'times as GOV.UK writes them').to.contain('Every Wednesday, 7pm to 9pm');
    expect(online.textContent).to.contain('5 sessions, until 17 February 2027');
    expect(online.textContent).to.contain('Online');
    expect(online.textContent).to.contain('9 of 16');
  });

  it('leaves out a course whose dates have passed', async () => {
    const el = await fixture<FhProgrammeFinder>(html`<fh-programme-finder .contentClient=${sampleClient()} today="2027-02-20" start="results"></fh-programme-finder>`);
    await waitUntil(() => root(el).querySelector('.programme'), 'no results', { timeout: 5000 });
    const tripleP = root(el).querySelector('[data-programme="prog-triple-p-level-4-group"]')!;
    expect(courseIds(tripleP).map(([id]) => id)).to.deep.equal(['course-triple-p-4-millbrook-2027-03']);
  });

  it('orders courses nearest first from a postcode, with the distance', async () => {
    const postcodes: string[] = [];
    const el = await mountFinder(sampleClient(), { start: 'results', geocoder: '/test-geocoder' });
    const originalFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/test-geocoder/postcodes/')) return originalFetch(input, init);
      postcodes.push(url);
      // Eastfield Family Hub's own postcode area, so Eastfield's course is nearest.
      return Promise.resolve(new Response(JSON.stringify({ status: 200, result: { latitude: 53.4851, longitude: -2.1843 } }), { status: 200 }));
    };
    try {
      const input = root(el).querySelector<HTMLInputElement>('#postcode')!;
      input.value = 'nope';
      root(el).querySelector<HTMLFormElement>('form.postcode')!.requestSubmit();
      await el.updateComplete;
      expect(root(el).querySelector('#postcode-error')!.textContent).to.contain('Enter a postcode, like SW1A 2AA');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      input.value = 'NS2 1AA';
      root(el).querySelector<HTMLFormElement>('form.postcode')!.requestSubmit();
      await waitUntil(() => root(el).querySelector('.distance'), 'no distances');
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(postcodes).to.deep.equal(['/test-geocoder/postcodes/NS2%201AA']);
    expect(root(el).querySelector<HTMLSelectElement>('#order')!.value).to.equal('nearest');
    const iy = root(el).querySelector('[data-programme="prog-incredible-years-preschool"]')!;
    const distances = [...iy.querySelectorAll('.distance')].map((d) => Number(/([\d.]+) miles/.exec(d.textContent)![1]));
    expect(distances.length).to.equal(2);
    expect(distances[0]).to.be.at.most(distances[1]!);
  });

  it('offers to leave out one answer at a time when nothing matches, with counts', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results', stages: 'age16to18', needs: 'parentalConflict' });
    expect(root(el).querySelector('[data-nothing]')).to.not.equal(null);
    const options = [...root(el).querySelectorAll<HTMLButtonElement>('[data-relax]')].map((b) => b.textContent.trim());
    expect(options).to.deep.equal(['Leave out your child’s age: 1 programme', 'Leave out what would help: 1 programme']);
    await press(el, 'Leave out what would help');
    expect(programmeNames(el)).to.deep.equal(['Solihull Approach: Understanding your child']);
    await press(el, 'Show me everything');
    expect(programmeNames(el).length).to.equal(10);
  });

  it('filters by how to take part', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results' });
    const select = root(el).querySelector<HTMLSelectElement>('#format')!;
    select.value = 'atHome';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(programmeNames(el)).to.deep.equal(['Family Nurse Partnership', 'Triple P – Level 3 Primary Care']);
  });

  it('fires fh-ask-for-help with the course and a label only; the host can cancel it', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results' });
    const course = root(el).querySelector('[data-course="course-parents-as-partners-central-2027-01"]')!;
    let event: FhAskForHelpEvent | undefined;
    // Cancelled at once, as a host page that opens its own help request would (or the page would navigate).
    document.addEventListener('fh-ask-for-help', (e) => ((event = e), e.preventDefault()), { once: true });
    course.querySelector<HTMLButtonElement>('[part="ask-button"]')!.click();
    expect(event, 'the event fired').to.not.equal(undefined);
    expect(event!.defaultPrevented).to.equal(true);
    expect(event!.detail).to.deep.equal({ courseId: 'course-parents-as-partners-central-2027-01', label: 'Parents as Partners (Reducing Parental Conflict)' });
    expect([event!.bubbles, event!.composed, event!.cancelable]).to.deep.equal([true, true, true]);
  });

  it('downloads an .ics file made in the browser for the sessions still to come', async () => {
    const el = await mountFinder(sampleClient(), { start: 'results' });
    const created: Blob[] = [];
    const originalCreate = URL.createObjectURL.bind(URL);
    let downloaded: HTMLAnchorElement | undefined;
    const clicks = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        downloaded = event.target;
        event.preventDefault();
      }
    };
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return originalCreate(blob);
    };
    document.addEventListener('click', clicks, true);
    try {
      root(el).querySelector<HTMLButtonElement>('[data-course="course-iy-preschool-riverside-2027-01"] [part="calendar-button"]')!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      document.removeEventListener('click', clicks, true);
    }
    expect(downloaded?.download).to.equal('incredible-years-for-parents-of-3-to-6-year-olds.ics');
    expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
    const ics = await created[0]!.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)!.length).to.equal(18);
    expect(ics).to.contain('DTSTART;TZID=Europe/London:20270112T093000');
    // 18 Tuesdays from 12 January: the clocks change on 28 March and the time stays 9:30.
    expect(ics).to.contain('DTSTART;TZID=Europe/London:20270511T093000');
    expect(ics).to.contain('TZID:Europe/London');
    expect(document.querySelector('a[download]'), 'the link is gone').to.equal(null);
  });

  it('shows the other programmes when one entry is invalid, and courses of a broken programme nowhere', async () => {
    const space = buildSpace([
      { id: 'p-ok', type: 'parentingProgramme', fields: { name: 'Good programme', summary: 'Fine.', evidenceRating: '3', helpsWith: ['behaviour'] } },
      { id: 'p-bad', type: 'parentingProgramme', fields: { name: 'Bad programme', summary: 'Broken.', evidenceRating: 'five stars' } },
      { id: 'c-ok', type: 'programmeCourse', fields: { programme: link('p-ok'), startDate: '2026-12-10', online: true, howToJoin: ['booking'], bookingUrl: 'https://book.example/good' } },
      { id: 'c-js', type: 'programmeCourse', fields: { programme: link('p-ok'), startDate: '2026-12-11', online: true, howToJoin: ['booking'], bookingUrl: 'javascript:alert(1)' } },
      { id: 'c-bad', type: 'programmeCourse', fields: { programme: link('p-ok'), online: true, howToJoin: ['booking'] } },
      { id: 'c-orphan', type: 'programmeCourse', fields: { programme: link('p-bad'), startDate: '2026-12-10', online: true, howToJoin: ['askUs'] } },
    ]);
    const pack = packFromSpaceExport(space, { source: { kind: 'other' }, generatedAt: '2026-11-20T10:00:00.000Z' });
    const client = createContentClient({ source: createPackSource({ pack, key: `invalid-${Math.random()}` }) });
    const el = await mountFinder(client, { start: 'results' });
    expect(programmeNames(el)).to.deep.equal(['Good programme']);
    expect(text(el)).to.not.contain('Bad programme');
    expect(courseIds(root(el).querySelector('.programme')!)).to.deep.equal([['c-ok', 'open']]);
    expect(root(el).querySelector('a[href="https://book.example/good"]')!.textContent).to.equal('Book a place on Good programme');
    expect(root(el).querySelector('a[href^="javascript"]'), 'the course with a javascript: link is left out').to.equal(null);
  });
});
