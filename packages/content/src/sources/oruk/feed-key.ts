/**
 * What a page's configuration needs of an ORUK feed before its reader loads: the types it answers
 * and the key its content is cached under (as the ORUK source spells it).
 */
import type { ContentTypeId } from '../../model/index.js';
import type { OrukFeedConfig } from '../config.js';

/** The types an ORUK feed answers when a config names one. */
export const ORUK_FEED_TYPES: readonly ContentTypeId[] = ['service', 'organisation', 'location', 'serviceAtLocation', 'schedule', 'taxonomyTerm', 'costOption'];

/**
 * The feed's source key: its address, and where it is searched (the threshold too, in `auto`
 * mode: content cached under one threshold must not answer for another).
 */
export function orukFeedKey(config: OrukFeedConfig): string {
  const key = `oruk:${config.url.replace(/\/+$/, '')}`;
  const search = config.search ?? 'auto';
  if (search !== 'auto') return `${key}#${search}`;
  return config.serverSearchAbove === undefined ? key : `${key}#auto-${config.serverSearchAbove}`;
}
