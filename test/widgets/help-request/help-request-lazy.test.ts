/**
 * The form's checks and submission (with zod) are a chunk of their own, outside what the page
 * loads up front: asked for once the start page has painted, so a family's first Continue finds
 * them. Its own file, so the page's module map starts empty; a chunk that cannot be loaded is in
 * help-request-lazy-failure.test.ts (Chromium remembers a failed module for the page's life).
 * That zod is not among the help request's up-front chunks is checked on the built CDN files, in
 * test/repo/cdn-graph.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FhHelpRequest } from '@family-hubs/widgets';
import { headingOf, mountForm, press, waitForHeading } from './help-request-support.js';

// The test page has loaded hundreds of modules already: past the default buffer, entries would be dropped.
performance.setResourceTimingBufferSize(100_000);
const CHECKS = /\/packages\/widgets\/src\/help-request\/checks\.ts$/;
const requestedChecks = (): number => performance.getEntriesByType('resource').filter((entry) => CHECKS.test(new URL(entry.name).pathname)).length;

describe('<fh-help-request> loads its checks after the start page', () => {
  let element: FhHelpRequest | undefined;
  afterEach(() => {
    element?.remove();
    element = undefined;
  });

  it('asks for the checks once the start page is showing, before the family presses anything', async () => {
    element = await mountForm();
    expect(headingOf(element)).to.equal('Ask for help');
    await waitUntil(() => requestedChecks() > 0, 'the checks are asked for in an idle moment after the start page');
    await press(element, 'Start now');
    await waitForHeading(element, 'What would help?');
    await press(element, 'Continue');
    expect(element.querySelector('[data-fh-error-summary]')?.textContent).to.contain('Select what would help');
  });
});
