/**
 * Editors' preview as they type: the content client follows edits to the entries behind each
 * snapshot and shows each edit at once, validated with the query's own schemas. Loaded by the
 * client with the first snapshot on an editor's preview page; public pages never download it.
 */
import type { buildContentSet } from '../build-content-set.js';
import type { RawEntry } from '../model/definition/index.js';
import type { ContentRegistry } from '../model/registry.js';
import { registryOf } from '../sources/source.js';
import type { Memo } from './content-client.js';
import type { EditorPreview } from './editor-preview.js';
import type { ContentSnapshot } from './types.js';

/** What the follower needs of the client. */
export interface EditHost {
  readonly preview: Promise<EditorPreview | undefined>;
  /** What memory holds for `key`. */
  memo(key: string): Memo | undefined;
  /** Shows `snapshot` (an edit applied to `memo`'s) to `key`'s listeners. */
  show(key: string, snapshot: ContentSnapshot, memo: Memo): void;
}

/** Follows the editor, per cache key. */
export interface EditFollower {
  /** Follows edits to `entries`, the entries behind `key`'s snapshot, in `locale`; stops following the ones before. */
  follow(key: string, entries: readonly RawEntry[], locale: string): void;
  /** Stops following everything (the client forgot what it held). */
  stopAll(): void;
}

/** Creates the follower of a client's editor preview. */
export function createEditFollower(host: EditHost): EditFollower {
  /** Stops following the editor for a query, by cache key. */
  const watching = new Map<string, () => void>();
  /**
   * The validation of editors' edits (zod and the schemas), loaded with the first edit. One
   * promise, so edits apply in the order they came.
   */
  let validation: Promise<{ buildContentSet: typeof buildContentSet }> | undefined;

  /**
   * Shows an edit at once: the entry's new fields replace the old ones and the whole set is
   * validated again with the query's own schemas, so an edit breaks nothing a save would not.
   */
  function applyEdit(key: string, edit: RawEntry, validate: typeof buildContentSet, registry: ContentRegistry): void {
    const memo = host.memo(key);
    const entries = memo?.snapshot.rawEntries;
    if (!memo || !entries?.some((entry) => entry.id === edit.id)) return;
    const edited = entries.map((entry) => {
      if (entry.id !== edit.id) return entry;
      // The edit is in the page's locale: its fields no longer fall back.
      const fieldLocales = Object.fromEntries(Object.entries(entry.fieldLocales ?? {}).filter(([field]) => !Object.hasOwn(edit.fields, field)));
      return { ...entry, fields: { ...entry.fields, ...edit.fields }, fieldLocales };
    });
    const built = validate(edited, { locale: memo.snapshot.set.locale, registry, assets: Object.values(memo.snapshot.set.assets) });
    host.show(key, { set: built.set, issues: built.issues, fetchedAt: memo.snapshot.fetchedAt, rawEntries: edited, stale: false }, memo);
  }

  return {
    follow(key, entries, locale) {
      watching.get(key)?.();
      watching.delete(key);
      void host.preview.then((connection) => {
        // A newer load may have replaced these entries while the connection was settling.
        if (!connection?.watch || host.memo(key)?.snapshot.rawEntries !== entries) return;
        watching.set(
          key,
          connection.watch(entries, locale, (edit) => {
            validation ??= import('../build-content-set.js');
            const memo = host.memo(key);
            if (!memo) return;
            // Both load once and are then shared, so edits still apply in the order they came.
            void Promise.all([validation, registryOf(memo.query)]).then(([loaded, registry]) => applyEdit(key, edit, loaded.buildContentSet, registry));
          }),
        );
      });
    },
    stopAll() {
      for (const stop of watching.values()) stop();
      watching.clear();
    },
  };
}
