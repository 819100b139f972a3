/**
 * The widgets' side of the URL policy. The policy itself lives in the content SDK (one rule for
 * validation and rendering); this module only adds what rendering needs.
 */
export { ALLOWED_URL_SCHEMES, checkUrl, isAllowedUrl, safeUrl, type UrlCheck, type UrlRefusal } from '@family-hubs/content';

/**
 * True when `url` is a web address on another origin than `base` (by default, the page's own
 * address). Relative, `mailto:` and `tel:` links are not external.
 */
export function isExternal(url: string, base: string | undefined = globalThis.location?.href): boolean {
  let target: URL;
  try {
    target = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return false;
  if (base === undefined) return true;
  try {
    return target.origin !== new URL(base).origin;
  } catch {
    return true;
  }
}
