/**
 * Which API a request talks to, and whether its token may use it. Contentful chooses the API by
 * host (cdn.contentful.com is the Delivery API, preview.contentful.com the Preview API) and then
 * accepts only that API's tokens: a preview token sent to the Delivery API is refused with 401
 * AccessTokenInvalid, exactly like an unknown token, so drafts can never leak through it.
 * Contentful accepts the token either as a Bearer header or as the `access_token` query parameter.
 */
import type { IncomingMessage } from 'node:http';
import { accessTokenInvalid } from './errors.js';
import type { ApiMode } from './view.js';

export interface TokenSets {
  deliveryTokens: readonly string[];
  previewTokens: readonly string[];
}

/** Picks the API for a request. */
export type ApiSelector = (req: IncomingMessage) => ApiMode;

/**
 * Contentful's rule, applied to the Host header: a host whose first label is `preview`
 * (`preview.contentful.com`, `preview.eu.contentful.com`, `preview.localhost:8080`) is the
 * Preview API, any other host the Delivery API. Browsers resolve every `*.localhost` name to the
 * loopback address, so the demo server can offer both APIs on one port.
 */
export const apiByHost: ApiSelector = (req) => (/^preview\./i.test(req.headers.host ?? '') ? 'preview' : 'delivery');

export function requestToken(req: IncomingMessage, params: URLSearchParams): string | undefined {
  const header = req.headers.authorization;
  const bearer = header ? /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() : undefined;
  return bearer ?? params.get('access_token') ?? undefined;
}

/** Throws AccessTokenInvalid (401) unless the request carries a token of the API `mode`. */
export function authenticate(req: IncomingMessage, params: URLSearchParams, tokens: TokenSets, mode: ApiMode): void {
  const token = requestToken(req, params);
  const accepted = mode === 'preview' ? tokens.previewTokens : tokens.deliveryTokens;
  if (token === undefined || !accepted.includes(token)) throw accessTokenInvalid();
}
