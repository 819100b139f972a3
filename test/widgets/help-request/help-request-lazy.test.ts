/**
 * The form's question pages (with the form fields) and its checks and submission (with zod) are
 * chunks of their own, outside what the page loads up front: asked for once the start page has
 * painted, so a family's Start now and first Continue find them. Its own file, so the page's
 * module map starts empty; chunks that cannot be loaded are in test/e2e/demo.e2e.test.ts, on the
 * built CDN files (Chromium remembers a failed module for the page's life). That neither is among
 * the help request's up-front chunks is checked on the built files, in test/repo/cdn-graph.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FhHelpRequest } from '@family-hubs/widgets';
import { headingOf, mountForm, press, waitForHeading } from './help-request-support.js';

// The test page has loaded hundreds of modules already: past the default buffer, entries would be dropped.
performance.setResourceTimingBufferSize(100_000);
const requested = (file: RegExp): number => performance.getEntriesByType('resource').filter((entry) => file.test(new URL(entry.name).pathname)).length;
const requestedChecks = (): number => requested(/\/packages\/widgets\/src\/help-request\/checks\.ts$/);
const requestedPages = (): number => requested(/\/packages\/widgets\/src\/help-request\/pages\.ts$/);

describe('<fh-help-request> loads its pages and checks after the start page', () => {
  let element: FhHelpRequest | undefined;
  afterEach(() => {
    element?.remove();
    element = undefined;
  });

  it('asks for the pages and the checks once the start page is showing, before the family presses anything', async () => {
    element = await mountForm();
    expect(headingOf(element)).to.equal('Ask for help');
    await waitUntil(() => requestedPages() > 0, 'the pages are asked for in an idle moment after the start page');
    await waitUntil(() => requestedChecks() > 0, 'the checks are asked for in an idle moment after the start page');
    await press(element, 'Start now');
    await waitForHeading(element, 'What would help?');
    await press(element, 'Continue');
    expect(element.querySelector('[data-fh-error-summary]')?.textContent).to.contain('Select what would help');
  });
});
