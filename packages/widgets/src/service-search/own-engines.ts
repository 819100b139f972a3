/**
 * The service search's own engines (the index in the page, the Web Worker's client), a chunk of
 * their own: the search form renders without them, and a page whose search runs on the feed's
 * server never downloads them. Apart from the engine choice so the element can start the download
 * the moment it is connected, alongside its content and its screens.
 */
import { LazyImport } from '../internal/lazy-import.js';
import type * as engineModule from './engine.js';

const ownEngines = new LazyImport<typeof engineModule>(() => import('./engine.js'));

/** The engines' module, downloaded once per page (and again after a failed download). */
export function loadOwnEngines(): Promise<typeof engineModule> {
  return ownEngines.load();
}
