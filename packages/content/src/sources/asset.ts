import type { Asset } from '../content-set.js';
import { safeUrl } from '../url-policy.js';

/** An asset from single-locale fields. Assets whose file URL fails the URL policy are dropped. */
export function assetFromFields(id: string, fields: Readonly<Record<string, unknown>>): Asset | undefined {
  const file = fields['file'] as { url?: unknown; contentType?: unknown } | undefined;
  // Contentful serves asset URLs protocol-relative (`//images.ctfassets.net/...`).
  const raw = typeof file?.url === 'string' && file.url.startsWith('//') ? `https:${file.url}` : file?.url;
  const url = safeUrl(raw);
  if (!url) return undefined;
  const { title, description } = fields;
  return {
    id,
    url,
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof file?.contentType === 'string' ? { contentType: file.contentType } : {}),
  };
}
