/**
 * The page's content client, configured declaratively by an `<fh-content-source>` element: the
 * one way a page tells every widget on it where content comes from. Attributes are read directly,
 * so this works before (or without) the element being upgraded, and widgets never import a CMS
 * client themselves.
 */
import { createContentClient, createSourceFromConfig, editorPreviewFor, type ContentClient, type ContentSourceConfig, type OrukFeedConfig } from '@family-hubs/content';

/** The tag of the page configuration element. */
export const CONTENT_SOURCE_TAG = 'fh-content-source';

/** What an `<fh-content-source>` element describes. */
export interface PageContentConfig {
  /** Where content comes from. */
  readonly source: ContentSourceConfig;
  /** A content pack used when the source fails (absolute URL). */
  readonly fallbackPack?: string;
}

/**
 * Reads the configuration of an `<fh-content-source>` element: `pack`, or `space` and
 * `access-token` (with `environment`, `host`, `insecure`, `same-origin`, `preview`), plus `oruk`
 * (an Open Referral UK feed for services, with `search` and `search-threshold`: where the service
 * search searches it) and `fallback-pack`. A `pack` wins over a space.
 * Returns `undefined` when neither is complete.
 */
export function readContentSourceConfig(element: Element): PageContentConfig | undefined {
  const text = (name: string): string | undefined => element.getAttribute(name)?.trim() || undefined;
  const base = element.ownerDocument.baseURI;
  const fallback = text('fallback-pack');
  const fallbackPack = fallback === undefined ? undefined : absolute(fallback, base);
  const feed = text('oruk');
  const oruk = feed === undefined ? {} : { oruk: { url: absolute(feed, base), ...orukSearch(text('search'), text('search-threshold')) } };
  const withFallback = (source: ContentSourceConfig): PageContentConfig => (fallbackPack === undefined ? { source } : { source, fallbackPack });

  const pack = text('pack');
  if (pack !== undefined) return withFallback({ kind: 'pack', url: absolute(pack, base), ...oruk });

  const space = text('space');
  const accessToken = text('access-token');
  if (space === undefined || accessToken === undefined) return undefined;
  const environment = text('environment');
  // `same-origin`: the page's own server speaks the Delivery API (the demo server, or a council's proxy).
  const origin = element.hasAttribute('same-origin') ? new URL(base) : undefined;
  const host = origin?.host ?? text('host');
  const insecure = origin ? origin.protocol === 'http:' : element.hasAttribute('insecure');
  return withFallback({
    kind: 'contentful',
    space,
    accessToken,
    ...(environment === undefined ? {} : { environment }),
    ...(host === undefined ? {} : { host }),
    ...(insecure ? { insecure: true } : {}),
    ...(element.hasAttribute('preview') ? { preview: true } : {}),
    ...oruk,
  });
}

/** `search` and `search-threshold` as the feed's search settings; values it does not know are left out (the default, `auto`). */
function orukSearch(search: string | undefined, threshold: string | undefined): Pick<OrukFeedConfig, 'search' | 'serverSearchAbove'> {
  const mode = search?.toLowerCase();
  const above = threshold !== undefined && /^\d+$/.test(threshold) ? Number(threshold) : undefined;
  return {
    ...(mode === 'server' || mode === 'browser' || mode === 'auto' ? { search: mode } : {}),
    ...(above !== undefined && mode !== 'server' && mode !== 'browser' ? { serverSearchAbove: above } : {}),
  };
}

// Two spellings of one pack address (`pack.json`, `/x/pack.json`) must share one client.
function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

const clients = new WeakMap<Document, Map<string, ContentClient>>();
const warned = new WeakSet<Document>();

/**
 * The content client shared by every widget in `from`'s document, built from the first
 * `<fh-content-source>` element of the document. One client per document and configuration, so
 * widgets share its memory cache and in-flight loads. `undefined` when the page has no usable
 * `<fh-content-source>` (a widget given a `contentClient` property does not need one).
 */
export function getPageContentClient(from: Element): ContentClient | undefined {
  const document = from.ownerDocument;
  const element = document.querySelector(CONTENT_SOURCE_TAG);
  const config = element ? readContentSourceConfig(element) : undefined;
  if (!config) {
    if (!warned.has(document)) {
      warned.add(document);
      console.warn(
        element
          ? `Family Hubs widgets: <${CONTENT_SOURCE_TAG}> needs a "pack" attribute, or "space" and "access-token".`
          : `Family Hubs widgets: no content source. Add <${CONTENT_SOURCE_TAG} pack="/family-hubs/content-pack.json"> to the page, or set the widgets' contentClient property.`,
      );
    }
    return undefined;
  }
  let byConfig = clients.get(document);
  if (!byConfig) {
    byConfig = new Map();
    clients.set(document, byConfig);
  }
  const key = JSON.stringify(config);
  let client = byConfig.get(key);
  if (!client) {
    const preview = editorPreviewFor(config.source, document.documentElement.lang || 'en-GB');
    client = createContentClient({
      source: createSourceFromConfig(config.source),
      ...(preview ? { preview } : {}),
      ...(config.fallbackPack === undefined ? {} : { fallbacks: [createSourceFromConfig({ kind: 'pack', url: config.fallbackPack })] }),
    });
    byConfig.set(key, client);
  }
  return client;
}
