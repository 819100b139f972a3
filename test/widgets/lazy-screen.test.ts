// A widget's screens loaded while its content loads (the kit's LazyScreen), and the fields of a
// screen that render the element again when a family changes them (@drawn).
import { expect, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { drawn, LazyImport, LazyPart, LazyScreen, type WidgetScreen } from '@family-hubs/widgets/kit';
import { mount } from './helpers.js';

/** A module load the test settles by hand, counting how often it was asked for. */
function deferredModule<M>(): { part: LazyImport<M>; asked: () => number; arrive(module: M): void; fail(): void } {
  let asked = 0;
  let settle: { resolve(module: M): void; reject(error: unknown): void } | undefined;
  const part = new LazyImport<M>(() => {
    asked += 1;
    return new Promise<M>((resolve, reject) => (settle = { resolve, reject }));
  });
  return {
    part,
    asked: () => asked,
    arrive: (module) => settle!.resolve(module),
    fail: () => settle!.reject(new TypeError('Failed to fetch dynamically imported module')),
  };
}

class CounterScreen implements WidgetScreen<string> {
  connected = 0;
  renders = 0;
  @drawn count = 0;
  constructor(readonly host: ScreenHost) {}
  hostConnected(): void {
    this.connected += 1;
  }
  render(value: string): TemplateResult {
    this.renders += 1;
    return html`<p>${value}: ${this.count}</p>`;
  }
}

type Module = { readonly CounterScreen: typeof CounterScreen };

let load = deferredModule<Module>();

class ScreenHost extends LitElement {
  failures = 0;
  readonly screen = new LazyScreen(this, load.part, (module) => new module.CounterScreen(this), { onFailure: () => (this.failures += 1) });
  protected override render(): TemplateResult {
    const screen = this.screen.screen;
    if (screen) return screen.render('Count');
    return this.screen.failed ? html`<p>fallback</p>` : html`<p>loading</p>`;
  }
}
customElements.define('fh-test-screen-host', ScreenHost);

const text = (element: Element) => element.shadowRoot!.textContent.trim();

describe('LazyScreen and @drawn', () => {
  beforeEach(() => {
    load = deferredModule<Module>();
  });

  it('asks for the screen as soon as the element is connected, makes it once when it arrives and connects it', async () => {
    const element = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    expect(load.asked()).to.equal(1);
    expect(text(element)).to.equal('loading');
    load.arrive({ CounterScreen });
    await element.screen.settled();
    await element.updateComplete;
    expect(text(element)).to.equal('Count: 0');
    const screen = element.screen.screen!;
    expect(screen.connected).to.equal(1);
    expect(element.screen.screen).to.equal(screen, 'the same screen from then on');
  });

  it('renders the element again when a drawn field changes, and not when it is set to the same value', async () => {
    const element = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    load.arrive({ CounterScreen });
    await element.screen.settled();
    await element.updateComplete;
    const screen = element.screen.screen!;
    const before = screen.renders;
    screen.count = 2;
    await element.updateComplete;
    expect(text(element)).to.equal('Count: 2');
    expect(screen.renders).to.equal(before + 1);
    screen.count = 2;
    await element.updateComplete;
    expect(screen.renders).to.equal(before + 1, 'no render for an unchanged value');
  });

  it('keeps each screen’s drawn fields apart', async () => {
    const first = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    load.arrive({ CounterScreen });
    await first.screen.settled();
    const second = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    await second.updateComplete;
    first.screen.screen!.count = 5;
    await first.updateComplete;
    await second.updateComplete;
    expect(text(first)).to.equal('Count: 5');
    expect(text(second)).to.equal('Count: 0');
    expect(load.asked()).to.equal(1, 'one download for the page');
  });

  it('shows the fallback and reports a failed download, then asks again when the element is connected again', async () => {
    const element = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    load.fail();
    await element.screen.settled();
    await element.updateComplete;
    expect(element.screen.failed).to.equal(true);
    expect(element.failures).to.equal(1);
    expect(text(element)).to.equal('fallback');
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    expect(load.asked()).to.equal(2, 'asked for again');
    load.arrive({ CounterScreen });
    await element.screen.settled();
    await element.updateComplete;
    expect(text(element)).to.equal('Count: 0');
  });

  it('remembers a part that failed while a caller waited for it, so waiting again asks for nothing', async () => {
    const element = await mount<ScreenHost>(html`<fh-test-screen-host></fh-test-screen-host>`);
    const part = deferredModule<Module>();
    const lazy = new LazyPart(element, part.part);
    const waited = lazy.settled();
    expect(part.asked()).to.equal(1, 'waiting asks for the part');
    part.fail();
    await waited;
    expect(lazy.failed).to.equal(true);
    await lazy.settled();
    expect(part.asked()).to.equal(1, 'no second download until a retry');
  });
});
