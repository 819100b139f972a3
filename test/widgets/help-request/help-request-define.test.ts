/**
 * `help-request/define` alone (an npm user's one import) also defines Exit this page, which the
 * form shows at its top: without it the page would get an empty, undefined element and no way out.
 * Its own file, so no other import has defined it first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '@family-hubs/widgets/help-request/define';
import { sampleClient } from '../../support/clients.js';

describe('help-request/define', () => {
  it('defines <fh-exit-this-page> too, and the form shows a working exit button', async () => {
    expect(customElements.get('fh-exit-this-page'), 'Exit this page is defined').to.not.equal(undefined);
    const element = document.createElement('fh-help-request') as HTMLElement & { contentClient: unknown };
    element.contentClient = sampleClient();
    document.body.append(element);
    try {
      await waitUntil(() => element.querySelector('[data-fh-step-heading]'), 'the start page', { timeout: 8000 });
      const exit = element.querySelector('fh-exit-this-page');
      expect(exit?.shadowRoot?.textContent ?? exit?.textContent).to.contain('Exit this page');
    } finally {
      element.remove();
    }
  });
});
