/**
 * The little SQL the receiver needs, behind one interface for SQLite and PostgreSQL. Statements
 * are written once with `?` placeholders in SQL both databases accept (`ON CONFLICT`,
 * `RETURNING`); the PostgreSQL adapter numbers the placeholders.
 */

/** A value bound to a placeholder. */
export type SqlValue = string | number | null;

/** Runs statements. */
export interface Queryable {
  /** The rows a statement returns. */
  all<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/** A database connection (SQLite file or PostgreSQL pool). */
export interface Db extends Queryable {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the receiver stores requests: `sqlite:<file>` or `postgres://…`. */
export function describeDatabase(url: string): { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string } | undefined {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  const sqlite = /^sqlite:(.+)$/i.exec(url);
  if (sqlite?.[1]) return { dialect: 'sqlite', file: sqlite[1] };
  return undefined;
}
