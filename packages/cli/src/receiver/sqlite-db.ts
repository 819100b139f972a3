/**
 * SQLite through `node:sqlite` (`DatabaseSync`): no native add-on to compile, no download, and
 * the same engine on every platform. It is built into Node 22.13+ and 24 without a flag (Node
 * 22.12 needs `--experimental-sqlite`), so it is loaded lazily: other commands keep working, and
 * `receiver` says what to do when it is missing.
 *
 * `DatabaseSync` is synchronous, so every statement and transaction runs through one queue: an
 * `await` inside a transaction must not let another request's statements into it.
 */
import type * as Sqlite from 'node:sqlite';
import type { Db, Queryable, SqlValue } from './db.js';

/** Thrown when this Node has no `node:sqlite`. */
export class SqliteUnavailableError extends Error {
  override readonly name = 'SqliteUnavailableError';
}

async function loadSqlite(): Promise<typeof Sqlite> {
  try {
    return await import('node:sqlite');
  } catch {
    throw new SqliteUnavailableError(`node:sqlite is not available in Node ${process.versions.node}`);
  }
}

/** Opens (or creates) the SQLite file `file`; `:memory:` for a throwaway database. */
export async function openSqlite(file: string): Promise<Db> {
  const { DatabaseSync: Database } = await loadSqlite();
  const db: Sqlite.DatabaseSync = new Database(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const bind = (params: readonly SqlValue[]) => params.map((p) => (p === undefined ? null : p));
  const direct: Queryable = {
    all: <Row extends object>(sql: string, params: readonly SqlValue[] = []) => Promise.resolve(db.prepare(sql).all(...bind(params)) as Row[]),
    run: (sql, params = []) => Promise.resolve(Number(db.prepare(sql).run(...bind(params)).changes)),
  };
  let open = true;
  return {
    dialect: 'sqlite',
    all: (sql, params) => serial(() => direct.all(sql, params)),
    run: (sql, params) => serial(() => direct.run(sql, params)),
    transaction: (work) =>
      serial(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      serial(() => {
        if (open) db.close();
        open = false;
      }),
  };
}
