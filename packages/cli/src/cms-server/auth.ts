/**
 * Access tokens decide which API a request talks to: a preview token gets the Preview API
 * (drafts included), a delivery token the Delivery API. Contentful accepts the token either
 * as a Bearer header or as the `access_token` query parameter.
 */
import type { IncomingMessage } from 'node:http';
import { accessTokenInvalid } from './errors.js';
import type { ApiMode } from './view.js';

export interface TokenSets {
  deliveryTokens: readonly string[];
  previewTokens: readonly string[];
}

export function requestToken(req: IncomingMessage, params: URLSearchParams): string | undefined {
  const header = req.headers.authorization;
  const bearer = header ? /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() : undefined;
  return bearer ?? params.get('access_token') ?? undefined;
}

/** Throws AccessTokenInvalid (401) for a missing or unknown token, as Contentful does for both. */
export function authenticate(req: IncomingMessage, params: URLSearchParams, tokens: TokenSets): ApiMode {
  const token = requestToken(req, params);
  if (token !== undefined && tokens.previewTokens.includes(token)) return 'preview';
  if (token !== undefined && tokens.deliveryTokens.includes(token)) return 'delivery';
  throw accessTokenInvalid();
}
