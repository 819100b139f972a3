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
