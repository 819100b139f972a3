/**
 * The Sync API. Items carry every locale (`{field: {locale: value}}`) and no `metadata`, as in
 * real sync responses. Tokens are opaque base64url JSON naming the generation the client has
 * (or none, for an initial sync), the generation being paged through, the offset and the
 * filters; base64url keeps them free of characters that would need escaping in a URL, which
 * matters because contentful.js cuts the token out of `nextPageUrl` / `nextSyncUrl` verbatim.
 */
import { badRequest, unknownPath } from './errors.js';
import type { SpaceHistory } from './history.js';
import { integerParam, MAX_LIMIT } from './query.js';
import { type ApiMode, type ContentView, type StoredEntity, type ViewCache } from './view.js';

const SYNC_TYPES = ['all', 'Entry', 'Asset', 'Deletion', 'DeletedEntry', 'DeletedAsset'] as const;
type SyncType = (typeof SYNC_TYPES)[number];

interface SyncToken {
  /** Generation the client already holds; -1 before the initial sync. */
  base: number;
  /** Generation being paged through; absent on a nextSyncUrl token (use the newest). */
  target?: number;
  offset: number;
  type: SyncType;
  contentType?: string;
  limit: number;
}

export interface SyncBody {
  sys: { type: 'Array' };
  items: unknown[];
  nextPageUrl?: string;
  nextSyncUrl?: string;
}

export interface SyncRequest {
  params: URLSearchParams;
  mode: ApiMode;
  history: SpaceHistory;
  views: ViewCache;
  /** Absolute URL of this environment's base path, e.g. `http://127.0.0.1:4000/spaces/s/environments/master`. */
  baseUrl: string;
  pageSize: number;
}

export function sync(request: SyncRequest): SyncBody {
  const token = readToken(request);
  const targetGeneration = token.target ?? request.history.currentGeneration;
  const target = request.history.at(targetGeneration);
  const base = token.base >= 0 ? request.history.at(token.base) : undefined;
  if (!target || (token.base >= 0 && !base)) throw badRequest('The sync token is not valid for this space.');

  const targetView = request.views.get(target.space, request.mode);
  const baseView = base ? request.views.get(base.space, request.mode) : undefined;
  const changes = listChanges(targetView, baseView, target.since).filter((change) => wanted(change, token));
  const end = token.offset + token.limit;
  const body: SyncBody = { sys: { type: 'Array' }, items: changes.slice(token.offset, end).map((change) => change.item) };
  if (end < changes.length) {
    body.nextPageUrl = tokenUrl(request.baseUrl, { ...token, target: targetGeneration, offset: end });
  } else {
    const next: SyncToken = { base: targetGeneration, offset: 0, type: token.type, limit: token.limit };
    if (token.contentType !== undefined) next.contentType = token.contentType;
    body.nextSyncUrl = tokenUrl(request.baseUrl, next);
  }
  return body;
}

function readToken({ params, pageSize }: SyncRequest): SyncToken {
  const allowed = new Set(['access_token', 'initial', 'sync_token', 'type', 'content_type', 'limit']);
  for (const key of params.keys()) if (!allowed.has(key)) throw unknownPath(key);
  const raw = params.get('sync_token');
  if (raw !== null) {
    if (params.has('initial')) throw badRequest('Use either initial=true or sync_token, not both.');
    return decodeToken(raw);
  }
  if (params.get('initial') !== 'true') throw badRequest('A sync request needs initial=true or a sync_token.');
  const type = params.get('type') ?? 'all';
  if (!isSyncType(type)) throw badRequest(`Unknown sync type: ${type}`);
  const contentType = params.get('content_type') ?? undefined;
  if (contentType !== undefined && type !== 'Entry') {
    throw badRequest('The content_type parameter can only be used together with type=Entry.');
  }
  const token: SyncToken = { base: -1, offset: 0, type, limit: Math.max(1, integerParam(params, 'limit', pageSize, MAX_LIMIT)) };
  if (contentType !== undefined) token.contentType = contentType;
  return token;
}

function isSyncType(value: string): value is SyncType {
  return (SYNC_TYPES as readonly string[]).includes(value);
}

function decodeToken(raw: string): SyncToken {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<SyncToken>;
    if (
      typeof token.base === 'number' &&
      typeof token.offset === 'number' &&
      typeof token.limit === 'number' &&
      typeof token.type === 'string' &&
      isSyncType(token.type)
    ) {
      return token as SyncToken;
    }
  } catch {
    // Falls through to the same error as a well-formed but meaningless token.
  }
  throw badRequest('The sync token is not valid for this space.');
}

function tokenUrl(baseUrl: string, token: SyncToken): string {
  return `${baseUrl}/sync?sync_token=${Buffer.from(JSON.stringify(token)).toString('base64url')}`;
}

interface Change {
  kind: 'Entry' | 'Asset' | 'DeletedEntry' | 'DeletedAsset';
  contentTypeId: string | undefined;
  item: unknown;
}

function wanted(change: Change, token: SyncToken): boolean {
  switch (token.type) {
    case 'all':
      return true;
    case 'Deletion':
      return change.kind === 'DeletedEntry' || change.kind === 'DeletedAsset';
    case 'Entry':
      return change.kind === 'Entry' && (token.contentType === undefined || change.contentTypeId === token.contentType);
    default:
      return change.kind === token.type;
  }
}

/** Same sys, same fields: nothing for the client to fetch. */
function unchanged(before: StoredEntity, after: StoredEntity): boolean {
  return (
    before.sys.updatedAt === after.sys.updatedAt &&
    before.sys.revision === after.sys.revision &&
    JSON.stringify(before.fields) === JSON.stringify(after.fields)
  );
}

function listChanges(target: ContentView, base: ContentView | undefined, since: string): Change[] {
  const changes: Change[] = [];
  for (const entity of [...target.entries, ...target.assets]) {
    const before = base?.find(entity.kind, entity.id);
    if (before && unchanged(before, entity)) continue;
    changes.push({ kind: entity.kind, contentTypeId: entity.contentTypeId, item: { sys: entity.sys, fields: entity.fields } });
  }
  if (!base) return changes;
  // Deleted, archived and (on the Delivery API) unpublished entities all read as deletions.
  for (const entity of [...base.entries, ...base.assets]) {
    if (target.find(entity.kind, entity.id)) continue;
    const kind = entity.kind === 'Entry' ? 'DeletedEntry' : 'DeletedAsset';
    const { space, environment, revision, createdAt } = entity.sys;
    changes.push({
      kind,
      contentTypeId: entity.contentTypeId,
      item: {
        sys: { space, id: entity.id, type: kind, createdAt, updatedAt: since, deletedAt: since, environment, revision },
      },
    });
  }
  return changes;
}
