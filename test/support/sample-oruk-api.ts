/**
 * The sample council (Northshire) as an Open Referral UK 3.0 API, answered by the demo server's
 * own ORUK routes (`packages/cli/src/dev/oruk-feed.ts`) at `/oruk/`: the web test runner mounts it,
 * so widget tests search a real API over real HTTP with the parameters a council's API takes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSetFromPack, packFromSpaceExport } from '@family-hubs/content/pack-builder';
import { exportOrukFeed, type OrukFeed } from '@family-hubs/content/oruk-export';
import type { SpaceExport } from '../../packages/cli/src/cms-server/index.js';
import { locatePostcode, postcodeTable } from '../../packages/cli/src/dev/geocoder.js';
import { handleOruk } from '../../packages/cli/src/dev/oruk-feed.js';

/** Answers a request for `/oruk/…` from `space`'s published services; false for other paths. */
export function sampleOrukApi(space: SpaceExport): (req: IncomingMessage, res: ServerResponse) => boolean {
  const table = postcodeTable(space);
  let feed: OrukFeed | undefined;
  const published = (): OrukFeed => (feed ??= exportOrukFeed(contentSetFromPack(packFromSpaceExport(space, { published: true }))));
  return (req, res) => handleOruk(req, res, published, (postcode) => locatePostcode(table, postcode));
}
