/**
 * Named examples of a widget: each is one state a family can meet (a layout, a language, loading,
 * a failed source…). One examples file per widget feeds both its stories and the shared test suite,
 * so what a reviewer looks at in Storybook is what axe and the tests check.
 */
import { render, type TemplateResult } from 'lit';
import type { ContentClient } from '@family-hubs/content';

/** The state an example shows, which decides what the shared suite asserts. */
export type ExampleState = 'loaded' | 'loading' | 'unavailable' | 'empty' | 'stale';

/** One example. */
export interface WidgetExample {
  /** Also the story's name. */
  readonly name: string;
  /** What it shows, for the story's docs. */
  readonly description: string;
  readonly state: ExampleState;
  /** Attributes of the element. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The page's language around the element. Default `en-GB`. */
  readonly lang?: string;
  /** The content the element reads. */
  readonly client: () => ContentClient;
  /**
   * What a family does once the content is on screen (type, tick, press), to reach a state
   * that attributes alone cannot: an error, no results, a shortlist. Run by the shared suite and
   * by the story, after loading.
   */
  readonly act?: (element: HTMLElement) => Promise<void>;
}

/** A widget's examples. */
export interface WidgetExamples {
  readonly tag: keyof HTMLElementTagNameMap;
  /** The light-DOM fallback a council puts between the tags: a way forward without the widget. */
  readonly fallback: () => TemplateResult;
  /** Words the fallback contains, to find it on screen. */
  readonly fallbackText: string;
  readonly examples: readonly WidgetExample[];
}

/** The element of `example`, inside a wrapper that carries the page's language. */
export function createExample(widget: WidgetExamples, example: WidgetExample): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.lang = example.lang ?? 'en-GB';
  const element = document.createElement(widget.tag) as HTMLElement & { contentClient?: ContentClient };
  for (const [name, value] of Object.entries(example.attributes ?? {})) element.setAttribute(name, value);
  element.contentClient = example.client();
  render(widget.fallback(), element);
  wrapper.append(element);
  return wrapper;
}

/** Waits until `element` has left its loading state, then runs the example's actions. */
export async function actOnExample(element: HTMLElement, example: WidgetExample): Promise<void> {
  if (!example.act) return;
  const ready = (): boolean => !!element.shadowRoot && !element.shadowRoot.querySelector('.fh-loading');
  for (let waited = 0; !ready() && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await example.act(element);
}

/** The example as a story: the element, and the family's actions once it is on screen. */
export function renderExampleStory(widget: WidgetExamples, example: WidgetExample): HTMLElement {
  const wrapper = createExample(widget, example);
  const element = wrapper.firstElementChild as HTMLElement;
  // Storybook connects the returned node after render: act once it is in the document.
  requestAnimationFrame(() => void actOnExample(element, example));
  return wrapper;
}
