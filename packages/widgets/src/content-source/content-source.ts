import { css, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Tells every Family Hubs widget on the page where its content comes from. Put one in the page,
 * anywhere (usually next to the widgets' script); the first one in the document is used. Widgets
 * read its attributes directly, so it works even before its script has loaded. It shows nothing.
 *
 * Use either a content pack (a validated JSON snapshot hosted on the council's site; fast, no API
 * token on the page) or a Contentful space. A Contentful delivery token is read-only and public by
 * design; never put a management token here. Add `oruk` to read services from the council's Open
 * Referral UK feed while everything else still comes from the pack or the space. Attributes are
 * read when widgets load their content: changes affect widgets that load afterwards.
 *
 * @tagname fh-content-source
 * @summary The page's content source for the Family Hubs widgets.
 *
 * @example
 * ```html
 * <fh-content-source pack="/family-hubs/content-pack.json"></fh-content-source>
 * <fh-content-source space="abc123" access-token="…" fallback-pack="/family-hubs/content-pack.json"></fh-content-source>
 * <fh-content-source pack="/family-hubs/content-pack.json" oruk="https://directory.example.gov.uk/api/oruk"></fh-content-source>
 * <fh-content-source pack="/family-hubs/content-pack.json" oruk="https://directory.example.gov.uk/api/oruk" search="server"></fh-content-source>
 * ```
 */
export class FhContentSource extends LitElement {
  static override styles = css`
    :host,
    :host([hidden]) {
      display: none !important;
    }
  `;

  /** URL of a content pack to read content from. Takes precedence over `space`. */
  @property({ reflect: true }) pack?: string;

  /** Contentful space id (with `access-token`). */
  @property({ reflect: true }) space?: string;

  /** Contentful Content Delivery API token (or Content Preview API token with `preview`). */
  @property({ attribute: 'access-token', reflect: true }) accessToken?: string;

  /** Contentful environment. Default `master`. */
  @property({ reflect: true }) environment?: string;

  /** Contentful API host, e.g. a local development server `127.0.0.1:8787`. Default `cdn.contentful.com` (`preview.contentful.com` with `preview`). */
  @property({ reflect: true }) host?: string;

  /** The page's own origin serves the Delivery API (the demo server, or a council's proxy): `host` and `insecure` come from the page's address. */
  @property({ attribute: 'same-origin', type: Boolean, reflect: true }) sameOrigin = false;

  /** Use http instead of https to reach `host` (local development servers only). */
  @property({ type: Boolean, reflect: true }) insecure = false;

  /** Show draft content through the Content Preview API (needs a preview token). */
  @property({ type: Boolean, reflect: true }) preview = false;

  /**
   * Base address of an Open Referral UK feed (3.0 or v1) that serves the page's services, with
   * their organisations, venues, times, categories and costs; site settings, hubs and the offer
   * still come from `pack` or the space. The feed must allow cross-origin reads
   * (`Access-Control-Allow-Origin: *`). Its code is downloaded only by pages that set this.
   */
  @property({ reflect: true }) oruk?: string;

  /**
   * With `oruk`: where `<fh-service-search>` searches the feed. `auto` (default): in the page when
   * the feed has up to `search-threshold` services (every service is read with the page), through
   * the feed's own search above it. `server`: always through the feed's own search (`search`,
   * `taxonomy_term_id`, `page`, `per_page`, `/service_at_locations?postcode&proximity`), so the
   * page reads only the results it shows. `browser`: always in the page.
   */
  @property({ reflect: true }) search?: 'auto' | 'browser' | 'server';

  /** With `oruk` and `search="auto"`: the most services searched in the page. Default 5000. */
  @property({ attribute: 'search-threshold', type: Number, reflect: true }) searchThreshold?: number;

  /** URL of a content pack to use when the content source cannot be reached (e.g. a CMS outage). */
  @property({ attribute: 'fallback-pack', reflect: true }) fallbackPack?: string;

  override render(): typeof nothing {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-content-source': FhContentSource;
  }
}
