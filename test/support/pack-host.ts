/**
 * A council's host for a lean pack, in memory: a `fetch` over the pack's files under one folder
 * address, recording every path asked for, and the pack source reading it.
 */
import { createPackSource, type ContentPack, type ContentSource } from '@family-hubs/content';
import { leanPackFiles } from '@family-hubs/content/pack-builder';

/** Where the pack's folder is served. */
export const PACK_BASE = 'https://council.example/family-hubs/content-pack/';

/** The lean files of `pack` (edited by `change`) behind a recording fetch, and a source over them. */
export function packHost(pack: ContentPack, change: (files: Map<string, string>) => void = () => undefined): { asked: string[]; files: Map<string, string>; source: ContentSource } {
  const files = leanPackFiles(pack);
  change(files);
  const asked: string[] = [];
  const fetchImpl: typeof fetch = (input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    asked.push(url.href.replace(PACK_BASE, ''));
    const body = url.href.startsWith(PACK_BASE) ? files.get(url.href.slice(PACK_BASE.length)) : undefined;
    return Promise.resolve(body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  return { asked, files, source: createPackSource({ url: `${PACK_BASE}manifest.json`, fetch: fetchImpl }) };
}
