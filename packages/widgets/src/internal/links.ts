/**
 * Links every widget writes the same way: phone numbers, links to other sites, and links to a
 * service on the council's service search. Each goes through the URL policy.
 */
import { isExternal, safeUrl } from './url.js';

/** `01234 567890` → `tel:01234567890`, through the URL policy. */
export function phoneHref(phone: string): string | undefined {
  return safeUrl(`tel:${phone.replace(/[^+\d]/g, '')}`);
}

/** `mailto:` for an email address, through the URL policy. */
export function emailHref(email: string): string | undefined {
  return safeUrl(`mailto:${email.trim()}`);
}

/**
 * A link from content as an absolute address (still through the URL policy), so a printed page
 * shows where it goes; `mailto:` and `tel:` stay as they are.
 */
export function absoluteHref(url: string): string | undefined {
  const safe = safeUrl(url);
  if (!safe || /^(mailto|tel):/i.test(safe)) return safe;
  try {
    return new URL(safe, globalThis.document?.baseURI ?? 'https://invalid.example/').href;
  } catch {
    return undefined;
  }
}

/** `rel` for a link: no opener and no referrer to other sites (the page may be about sensitive support). */
export function relFor(url: string): string | undefined {
  return isExternal(url) ? 'noopener noreferrer' : undefined;
}

/**
 * The council's service search page for one service (`?service=ID`: an id, never anything about
 * the family), or the service's own website when there is no search page.
 */
export function serviceHref(service: { readonly id: string; readonly url?: string }, searchUrl: string | undefined): string | undefined {
  const base = searchUrl ? safeUrl(searchUrl) : undefined;
  if (base) {
    // Absolute, so a printed handout shows where the link goes.
    const url = new URL(base, globalThis.document?.baseURI ?? 'https://invalid.example/');
    url.searchParams.set('service', service.id);
    return url.href;
  }
  return service.url ? safeUrl(service.url) : undefined;
}
