/**
 * The page benchmark's baseline: the least a page can do to show the Start for Life offer from a
 * pack — a plain Lit element that fetches the same pack's three offer files, picks the offer and lists its items'
 * titles. No SDK, no validation, no localisation. Bundled by the bench (build-baseline.ts) with
 * the CDN build's resolver and minifier settings.
 *
 * It ends its measurement the way the widgets do: `fh-content-loaded` on the element, dispatched
 * once the update that shows the content has completed.
 */
import { LitElement, css, html, type TemplateResult } from 'lit';

interface PackEntity {
  readonly id: string;
  readonly title?: string;
  readonly sections?: readonly string[];
  readonly items?: readonly string[];
}
interface PackTypeFile {
  readonly entities: readonly PackEntity[];
}

export class BenchBaselineOffer extends LitElement {
  static override properties = { src: { type: String }, locale: { type: String }, titles: { state: true } };
  static override styles = css`
    :host {
      display: block;
    }
  `;

  declare src: string;
  declare locale: string;
  declare titles: readonly string[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    // The lean pack's files for the offer's own types, as a hand-written page would fetch them.
    const base = new URL(this.src, document.baseURI);
    const read = async (type: string): Promise<readonly PackEntity[]> => {
      const response = await fetch(new URL(`${this.locale}/${type}.json`, base));
      return ((await response.json()) as PackTypeFile).entities;
    };
    const [offers, sectionList, itemList] = await Promise.all(['startForLifeOffer', 'startForLifeSection', 'startForLifeItem'].map(read));
    const byId = (list: readonly PackEntity[] | undefined) => new Map((list ?? []).map((entity) => [entity.id, entity]));
    const sections = byId(sectionList);
    const items = byId(itemList);
    const offer = offers?.[0];
    this.titles = (offer?.sections ?? []).flatMap((id) => sections.get(id)?.items ?? []).map((id) => items.get(id)?.title ?? '');
    await this.updateComplete;
    this.dispatchEvent(new CustomEvent('fh-content-loaded', { bubbles: true, composed: true, detail: { stale: false, empty: this.titles.length === 0 } }));
  }

  protected override render(): TemplateResult {
    if (!this.titles) return html`<p>Loading…</p>`;
    return html`<h2>Start for Life</h2>
      <ul>
        ${this.titles.map((title) => html`<li>${title}</li>`)}
      </ul>`;
  }
}

customElements.define('bench-baseline-offer', BenchBaselineOffer);
