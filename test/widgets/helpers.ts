// Shared by the widget foundation tests: a fake content source the test drives by hand, content
// results built with the SDK's own validation, and a tiny widget that uses ContentController.
import { fixtureSync } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  buildContentSet,
  defineView,
  getEntity,
  type ContentClient,
  type EagerContentView,
  type ContentQuery,
  type ContentResult,
  type ContentSource,
  type LoadOptions,
} from '@family-hubs/content';
import { siteSettingsType } from '@family-hubs/content/model';
import { ContentController, defineElement, FhElement } from '@family-hubs/widgets/kit';

/** One call of a {@link FakeSource}, to answer by hand. */
export interface SourceCall {
  readonly query: ContentQuery;
  readonly signal: AbortSignal | undefined;
  resolve(result: ContentResult): void;
  reject(error: unknown): void;
}

/** A content source whose loads wait until the test answers them. */
export interface FakeSource {
  readonly source: ContentSource;
  readonly calls: SourceCall[];
}

export function fakeSource(key = 'fake'): FakeSource {
  const calls: SourceCall[] = [];
  const source: ContentSource = {
    key,
    load(query: ContentQuery, options: LoadOptions = {}) {
      return new Promise<ContentResult>((resolve, reject) => {
        calls.push({ query, signal: options.signal, resolve, reject });
      });
    },
  };
  return { source, calls };
}

/** A source that answers every load at once with `answer(query)`. */
export function answeringSource(key: string, answer: (query: ContentQuery) => ContentResult | Promise<ContentResult>): ContentSource {
  return { key, load: async (query) => answer(query) };
}

/** A validated result holding one site settings entry (id `site`) with `councilName`. */
export function siteResult(locale: string, councilName = 'Northshire County Council', fetchedAt = '2026-11-20T12:00:00.000Z'): ContentResult {
  const built = buildContentSet([{ id: 'site', contentType: 'siteSettings', fields: { councilName } }], { locale, registry: siteViewFor('site').registry });
  return { set: built.set, issues: built.issues, fetchedAt };
}

const siteViews = new Map<string, EagerContentView<string>>();

/** A view of one site settings entry's council name: empty when the set does not have that entry. */
export function siteViewFor(id: string): EagerContentView<string> {
  let view = siteViews.get(id);
  if (!view) {
    view = defineView({ id: `test-site-${id}`, root: [siteSettingsType], follows: [], resolve: (set) => getEntity(set, 'siteSettings', id)?.councilName });
    siteViews.set(id, view);
  }
  return view;
}

/** A minimal widget: shows the council name of site settings `entry-id`, or its light DOM when content is unavailable. */
export class TestContentWidget extends FhElement {
  @property({ attribute: false }) contentClient?: ContentClient | undefined;

  @property({ attribute: 'entry-id' }) entryId = 'site';

  readonly content = new ContentController(this, {
    view: () => siteViewFor(this.entryId),
    ids: () => [this.entryId],
  });

  override render(): TemplateResult {
    const { state, value } = this.content;
    if (state === 'unavailable') return html`<slot></slot>`;
    if (state !== 'loaded' || value === undefined) return html`<p class="state">${state}</p>`;
    return html`<p class="council">${value}</p>`;
  }
}
defineElement('fh-test-content', TestContentWidget, 'test');

declare global {
  interface HTMLElementTagNameMap {
    'fh-test-content': TestContentWidget;
  }
}

/** Text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Replaces console.warn while `body` runs and returns what was warned. */
export async function captureWarnings(body: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Renders a fixture whose root is a plain element and waits for the Lit elements inside it.
 * (`fixture()` waits for an animation frame for plain roots, which a background tab never gets
 * when test files run side by side.)
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const pending = [root, ...root.querySelectorAll('*')]
    .filter((element): element is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in element)
    .map((element) => element.updateComplete);
  await Promise.all(pending);
  return root;
}
