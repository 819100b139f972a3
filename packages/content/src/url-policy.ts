/**
 * The URL policy: the single rule for every `href` or `src` that comes from content.
 *
 * Allowed: `https:`, `http:`, `mailto:`, `tel:` and relative references (`/path`, `./path`,
 * `?query`, `#fragment`). Everything else — `javascript:`, `data:`, `vbscript:`, `blob:`,
 * `file:`, protocol-relative `//host` and anything obfuscated with control characters,
 * whitespace or entities — is refused. Used by the SDK when it validates content (so editors
 * hear about a bad link) and again by the widgets when they render (defence in depth).
 */

/** Schemes a link from content may use. */
export const ALLOWED_URL_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** Why a URL was refused, in words an editor understands. */
export type UrlRefusal = 'empty' | 'scheme' | 'protocol-relative' | 'malformed';

/** The outcome of checking a URL against the policy. */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: UrlRefusal };

// Browsers silently drop these while reading a scheme, so `java\tscript:` still runs script;
// a real link never needs them.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u2060\uFEFF]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Editors write phone numbers and email subjects with spaces; web addresses never contain them.
const SPACES_ALLOWED = new Set(['mailto:', 'tel:']);

/** Checks `input` against the URL policy and returns the trimmed URL when it is allowed. */
export function checkUrl(input: unknown): UrlCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'malformed' };
  const url = input.trim();
  if (url === '') return { ok: false, reason: 'empty' };
  if (INVISIBLE.test(url)) return { ok: false, reason: 'malformed' };
  // Entity-encoded characters mean the value went through an HTML layer; never guess what they decode to.
  if (/&#|&[a-z]+;/i.test(url)) return { ok: false, reason: 'malformed' };
  if (/^[/\\]{2}/.test(url) || url.startsWith('/\\')) return { ok: false, reason: 'protocol-relative' };

  const scheme = SCHEME.exec(url);
  if (!scheme) {
    // A relative reference. A colon before the first `/`, `?` or `#` would be read as a scheme.
    const firstSegment = url.split(/[/?#]/, 1)[0] ?? '';
    if (firstSegment.includes(':') || /\s/.test(url)) return { ok: false, reason: firstSegment.includes(':') ? 'scheme' : 'malformed' };
    return { ok: true, url };
  }
  const name = `${scheme[1]!.toLowerCase()}:`;
  if (!(ALLOWED_URL_SCHEMES as readonly string[]).includes(name)) return { ok: false, reason: 'scheme' };
  if (/\s/.test(url) && !SPACES_ALLOWED.has(name)) return { ok: false, reason: 'malformed' };
  if (url.length === name.length) return { ok: false, reason: 'malformed' };
  if (name === 'https:' || name === 'http:') {
    // `https:/example` parses (browsers repair it) but is always an editor's typo.
    if (!/^https?:\/\/[^/]/i.test(url)) return { ok: false, reason: 'malformed' };
    try {
      if (!new URL(url).hostname) return { ok: false, reason: 'malformed' };
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }
  return { ok: true, url };
}

/** True when `input` may be used as a link or resource address. */
export function isAllowedUrl(input: unknown): input is string {
  return checkUrl(input).ok;
}

/** Returns the URL when the policy allows it, otherwise `undefined` (render plain text instead). */
export function safeUrl(input: unknown): string | undefined {
  const result = checkUrl(input);
  return result.ok ? result.url : undefined;
}

/** An editor-facing explanation of a refusal. */
export function describeUrlRefusal(reason: UrlRefusal): string {
  switch (reason) {
    case 'empty':
      return 'Enter a web address, email (mailto:) or phone (tel:) link';
    case 'scheme':
      return 'Links must start with https://, http://, mailto: or tel:, or be a path on this site such as /family-hubs';
    case 'protocol-relative':
      return 'Links must start with https:// (addresses starting // are not allowed)';
    case 'malformed':
      return 'This is not a valid link: check for spaces or hidden characters';
  }
}
