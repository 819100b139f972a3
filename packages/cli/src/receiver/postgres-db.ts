/**
 * PostgreSQL through `pg`, for councils that run several receivers behind a load balancer: the
 * idempotency store, the rate limit and the outbox are then shared by every instance.
 */
import pg from 'pg';
import type { Db, Queryable, SqlValue } from './db.js';

/** `?` placeholders as `$1, $2, …` (the receiver's SQL has no `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    all: async <Row extends object>(sql: string, params: readonly SqlValue[] = []) => (await client.query(numberPlaceholders(sql), [...params])).rows as Row[],
    run: async (sql, params = []) => (await client.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  };
}

/** Connects to `url` (`postgres://user:password@host:port/database`) and checks the connection. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server emits 'error' on the pool; without a listener that
  // would crash the process. The next query reconnects (or fails, and /readyz says so).
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const direct = queryable(pool);
  return {
    dialect: 'postgres',
    all: (sql, params) => direct.all(sql, params),
    run: (sql, params) => direct.run(sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
