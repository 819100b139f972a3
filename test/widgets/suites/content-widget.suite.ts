/**
 * What every content widget promises, run for each widget from its examples file: the light-DOM
 * fallback while loading and when content is missing, the stale notice, a page with no content
 * source, language marking on fallback text, no inline styles (strict CSP), screen-reader text that
 * is really hidden, and axe on every example.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { actOnExample, createExample, type WidgetExample, type WidgetExamples } from './examples.js';

interface Shown {
  readonly wrapper: HTMLElement;
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
}

async function show(widget: WidgetExamples, example: WidgetExample): Promise<Shown> {
  const wrapper = createExample(widget, example);
  document.body.append(wrapper);
  const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  const root = element.shadowRoot!;
  if (example.state !== 'loading') {
    await waitUntil(() => !root.querySelector('.fh-loading'), `${example.name}: still loading`, { timeout: 5000 });
    await element.updateComplete;
    await actOnExample(element, example);
  }
  return { wrapper, element, root };
}

/** The fallback content is what the slot shows, and it takes space on screen. */
function expectFallbackShown({ root, element }: Shown, widget: WidgetExamples): void {
  const slot = root.querySelector('slot');
  expect(slot, 'a slot for the fallback').to.not.equal(null);
  const assigned = slot!.assignedElements();
  expect(assigned.map((node) => node.textContent).join(' ')).to.contain(widget.fallbackText);
  expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
}

/** Runs the shared suite for one widget. */
export function runContentWidgetSuite(widget: WidgetExamples): void {
  describe(`<${widget.tag}> shared content-widget behaviour`, () => {
    let shown: Shown | undefined;
    afterEach(() => {
      shown?.wrapper.remove();
      shown = undefined;
      fixtureCleanup();
    });

    for (const example of widget.examples) {
      describe(`example "${example.name}"`, () => {
        it(`shows the ${example.state} state`, async () => {
          shown = await show(widget, example);
          const { root } = shown;
          switch (example.state) {
            case 'loading':
              expect(root.querySelector('.fh-loading')?.getAttribute('aria-busy')).to.equal('true');
              expectFallbackShown(shown, widget);
              break;
            case 'unavailable':
            case 'empty':
              expectFallbackShown(shown, widget);
              break;
            case 'stale': {
              const notice = root.querySelector('[part~="stale"]');
              expect(notice?.textContent).to.contain('may be out of date');
              expect(notice?.textContent, 'says when the copy was saved').to.match(/saved on \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
              break;
            }
            case 'loaded':
              expect(root.querySelector('slot:not([name])'), 'the fallback gives way to the content').to.equal(null);
              expect(root.querySelector('[part~="stale"]')).to.equal(null);
              break;
          }
        });

        it('uses no inline styles (they would break under a strict CSP)', async () => {
          shown = await show(widget, example);
          expect([...shown.root.querySelectorAll('[style]')].map((el) => el.localName)).to.deep.equal([]);
        });

        it('hides screen-reader-only text visually, not only in the markup', async () => {
          shown = await show(widget, example);
          for (const part of shown.root.querySelectorAll<HTMLElement>('.fh-visually-hidden')) {
            const box = part.getBoundingClientRect();
            expect(getComputedStyle(part).position, part.textContent).to.equal('absolute');
            expect(box.width <= 1 && box.height <= 1, `"${part.textContent}" is ${box.width}×${box.height}px`).to.equal(true);
          }
        });

        if (example.lang && example.lang !== 'en-GB' && example.state === 'loaded') {
          it('marks text shown in the English fallback with lang="en-GB"', async () => {
            shown = await show(widget, example);
            expect(shown.root.querySelectorAll('[lang="en-GB"]').length).to.be.greaterThan(0);
            expect(shown.root.querySelector(`[lang="${example.lang}"]`), 'text in the page language carries no lang of its own').to.equal(null);
          });
        }

        it('passes axe', async () => {
          shown = await show(widget, example);
          await expect(shown.element).to.be.accessible();
        });
      });
    }

    it('keeps its fallback and says what is missing when the page has no content source', async () => {
      const base = widget.examples.find((example) => example.state === 'loaded')!;
      const warnings = await captureWarnings(async () => {
        const wrapper = createExample(widget, base);
        const element = wrapper.firstElementChild as HTMLElement & { contentClient?: unknown; updateComplete: Promise<boolean> };
        element.contentClient = undefined;
        document.body.append(wrapper);
        shown = { wrapper, element, root: element.shadowRoot! };
        await element.updateComplete;
        await waitUntil(() => !shown!.root.querySelector('.fh-loading'), 'still loading');
      });
      expectFallbackShown(shown!, widget);
      expect(warnings.join('\n')).to.contain('fh-content-source');
    });
  });
}
