/**
 * A real PostgreSQL server for tests, started from the Debian `postgresql` binaries in a
 * temporary folder on a free loopback port, and removed afterwards. As root (CI runs as root)
 * the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
 *
 * When the binaries are missing: in CI (`CI` set) that is a failure, because `.ci/run` installs
 * them; on a developer's machine without them, the suite is skipped with a message that says how
 * to install them. `FH_PG_BINDIR` points at another installation.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** A running test server. */
export interface TestPostgres {
  /** A new, empty database on the server; resolves to its URL. */
  newDatabase(): Promise<string>;
  /** Disconnects everyone from the database at `url` and drops it: the database "goes away". */
  dropDatabase(url: string): Promise<void>;
  stop(): Promise<void>;
}

/** Where initdb and pg_ctl are, or undefined. `FH_PG_BINDIR`, when set, is the only place looked at. */
export function postgresBinDir(): string | undefined {
  const has = (dir: string | undefined) => !!dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (process.env.FH_PG_BINDIR !== undefined) return has(process.env.FH_PG_BINDIR) ? process.env.FH_PG_BINDIR : undefined;
  const candidates = (process.env.PATH ?? '').split(delimiter);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(join(debian, version, 'bin'));
  }
  return candidates.find(has);
}

/** Why PostgreSQL tests cannot run here, or undefined when they can (throws in CI instead). */
export function postgresSkipReason(): string | undefined {
  if (postgresBinDir()) return undefined;
  const message = 'PostgreSQL binaries (initdb, pg_ctl) were not found; install them with `apt-get install -y postgresql`, or set FH_PG_BINDIR';
  if (process.env.CI) throw new Error(`${message}. In CI this is a failure: .ci/run installs postgresql.`);
  return `${message}. Skipped because CI is not set.`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Starts a server; call `stop()` when done. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = await mkdtemp(join(tmpdir(), 'fh-pg-'));
  let user: { uid: number; gid: number } | undefined;
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    user = { uid: id('-u'), gid: id('-g') };
    chownSync(dir, user.uid, user.gid);
  }
  const data = join(dir, 'data');
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'fh', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'], user);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-w', '-t', '60', '-l', join(dir, 'server.log'), 'start'], user);
  const admin = new pg.Client({ connectionString: `postgres://fh@127.0.0.1:${port}/postgres` });
  await admin.connect();
  let count = 0;
  return {
    async newDatabase() {
      const name = `receiver_${++count}`;
      await admin.query(`CREATE DATABASE ${name}`);
      return `postgres://fh@127.0.0.1:${port}/${name}`;
    },
    async dropDatabase(url) {
      const name = new URL(url).pathname.slice(1);
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    },
    async stop() {
      await admin.end().catch(() => undefined);
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], user).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
