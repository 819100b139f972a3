/**
 * What one API (Delivery or Preview) can see of a space export, already converted to the
 * Delivery API's `sys` shape. Views are built once per export and mode, then shared by every
 * request, so 1,000s of entries cost one conversion rather than one per request.
 */
import {
  isArchived,
  isPublished,
  type ContentfulContentType,
  type ContentfulLink,
  type ExportMetadata,
  type ExportSys,
  type LocalizedFields,
  type SpaceExport,
} from './export-types.js';
import { LocaleTable, localizeFields, type LocaleRequest } from './locales.js';

/** Delivery sees published entries and assets; Preview sees drafts too. */
export type ApiMode = 'delivery' | 'preview';

export interface SpaceContext {
  spaceId: string;
  environment: string;
}

/** `sys` of an entry or asset as the Delivery API sends it (key order follows real responses). */
export interface DeliverySys {
  space: ContentfulLink<'Space'>;
  id: string;
  type: 'Entry' | 'Asset';
  createdAt: string;
  updatedAt: string;
  environment: { sys: { id: string; type: 'Link'; linkType: 'Environment' } };
  revision: number;
  contentType?: ContentfulLink<'ContentType'>;
  locale?: string;
}

export interface StoredEntity {
  kind: 'Entry' | 'Asset';
  id: string;
  contentTypeId: string | undefined;
  sys: DeliverySys;
  metadata: ExportMetadata;
  /** All locales, omitted fields already removed. */
  fields: LocalizedFields;
}

/** An entry or asset in a response body. */
export interface RenderedEntity {
  metadata?: ExportMetadata;
  sys: DeliverySys;
  fields: Record<string, unknown>;
}

export function link<L extends string>(linkType: L, id: string): ContentfulLink<L> {
  return { sys: { type: 'Link', linkType, id } };
}

export function entityKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

export class ContentView {
  readonly entries: StoredEntity[];
  readonly assets: StoredEntity[];
  readonly contentTypes: ContentfulContentType[];
  readonly locales: LocaleTable;
  private readonly byKey = new Map<string, StoredEntity>();
  private readonly contentTypeById: Map<string, ContentfulContentType>;

  constructor(
    readonly space: SpaceExport,
    readonly mode: ApiMode,
    readonly context: SpaceContext,
  ) {
    this.locales = new LocaleTable(space.locales);
    this.contentTypes = space.contentTypes;
    this.contentTypeById = new Map(space.contentTypes.map((type) => [type.sys.id, type]));
    const visible = (sys: ExportSys): boolean => !isArchived(sys) && (mode === 'preview' || isPublished(sys));
    this.entries = space.entries
      .filter((entry) => visible(entry.sys))
      .map((entry) => this.store('Entry', entry.sys, entry.metadata, entry.fields, entry.sys.contentType.sys.id));
    this.assets = space.assets
      .filter((asset) => visible(asset.sys))
      .map((asset) => this.store('Asset', asset.sys, asset.metadata, definedFields(asset.fields), undefined));
    for (const entity of [...this.entries, ...this.assets]) this.byKey.set(entityKey(entity.kind, entity.id), entity);
  }

  find(kind: string, id: string): StoredEntity | undefined {
    return this.byKey.get(entityKey(kind, id));
  }

  contentType(id: string): ContentfulContentType | undefined {
    return this.contentTypeById.get(id);
  }

  /** The entity as a response item: fields flattened to one locale, or all locales for `*`. */
  render(entity: StoredEntity, locale: LocaleRequest): RenderedEntity {
    if (locale.all) return { metadata: entity.metadata, sys: entity.sys, fields: entity.fields };
    const contentType = entity.contentTypeId === undefined ? undefined : this.contentType(entity.contentTypeId);
    return {
      metadata: entity.metadata,
      sys: { ...entity.sys, locale: locale.code },
      fields: localizeFields(entity.fields, locale.code, this.locales, contentType),
    };
  }

  private store(
    kind: 'Entry' | 'Asset',
    sys: ExportSys,
    metadata: ExportMetadata | undefined,
    fields: LocalizedFields,
    contentTypeId: string | undefined,
  ): StoredEntity {
    const { spaceId, environment } = this.context;
    // The Delivery API reports publication history: createdAt is the first publish, updatedAt
    // the latest publish and revision the publish count. Preview reports the editing history.
    const published = this.mode === 'delivery';
    const deliverySys: DeliverySys = {
      space: link('Space', spaceId),
      id: sys.id,
      type: kind,
      createdAt: (published ? sys.firstPublishedAt : undefined) ?? sys.createdAt,
      updatedAt: (published ? sys.publishedAt : undefined) ?? sys.updatedAt,
      environment: { sys: { id: environment, type: 'Link', linkType: 'Environment' } },
      revision: sys.publishedCounter ?? sys.revision ?? 1,
    };
    if (contentTypeId !== undefined) deliverySys.contentType = link('ContentType', contentTypeId);
    return {
      kind,
      id: sys.id,
      contentTypeId,
      sys: deliverySys,
      metadata: metadata ?? { tags: [] },
      fields: contentTypeId === undefined ? fields : this.withoutOmitted(fields, contentTypeId),
    };
  }

  /** Omitted fields exist in the editor only; neither API delivers them. */
  private withoutOmitted(fields: LocalizedFields, contentTypeId: string): LocalizedFields {
    const omitted = new Set(
      this.contentType(contentTypeId)
        ?.fields.filter((field) => field.omitted === true)
        .map((field) => field.id),
    );
    if (omitted.size === 0) return fields;
    return Object.fromEntries(Object.entries(fields).filter(([id]) => !omitted.has(id)));
  }
}

function definedFields(fields: Record<string, Record<string, unknown> | undefined>): LocalizedFields {
  const defined: LocalizedFields = {};
  for (const [id, value] of Object.entries(fields)) if (value !== undefined) defined[id] = value;
  return defined;
}

/** Views keyed by export object, so replacing the export (a new object) rebuilds them. */
export class ViewCache {
  private readonly views = new WeakMap<SpaceExport, Partial<Record<ApiMode, ContentView>>>();

  constructor(private readonly context: SpaceContext) {}

  get(space: SpaceExport, mode: ApiMode): ContentView {
    let byMode = this.views.get(space);
    if (!byMode) {
      byMode = {};
      this.views.set(space, byMode);
    }
    byMode[mode] ??= new ContentView(space, mode, this.context);
    return byMode[mode];
  }
}
