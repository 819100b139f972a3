/**
 * `family-hubs receiver` as an operator runs it: the real command in a child process, settings
 * from the environment, JSON log lines on stdout, and a clean stop on SIGTERM; bad settings are
 * one line on stderr with exit 2.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { run, tempDir } from './cli-support.js';

const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const TOKEN = randomBytes(32).toString('hex');

describe('family-hubs receiver', () => {
  it('starts, takes a request, logs JSON lines without personal data, and stops cleanly on SIGTERM', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['packages/cli/bin/family-hubs.js', 'receiver', '--port', '0', '--database', `sqlite:${join(dir, 'requests.db')}`], {
      env: { ...process.env, FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_ALLOWED_ORIGINS: 'https://www.council.example' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line; stderr:\n${stderr}`)), 60_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        const entry = JSON.parse(line) as { event: string; url?: string };
        if (entry.event === 'receiver.started' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}; stderr:\n${stderr}`)));
    });
    const response = await fetch(`${url}/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ version: 1, route: 'contact', topics: ['money'], contact: { name: 'Quillon', phone: '07700 900777' }, honeypot: '', elapsedMs: 20_000 }),
    });
    assert.equal(response.status, 201);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.ok(lines.some((line) => (JSON.parse(line) as { event: string }).event === 'request.accepted'));
    assert.ok(!lines.join('\n').includes('Quillon') && !lines.join('\n').includes('900777'), 'no personal data in the log');
  });

  for (const [what, env, message] of [
    ['no encryption key', { FH_RECEIVER_STAFF_TOKEN: TOKEN }, /FH_RECEIVER_KEYS is not set\. Set FH_RECEIVER_KEYS=/],
    ['a short key', { FH_RECEIVER_KEYS: `k1:${randomBytes(16).toString('base64')}`, FH_RECEIVER_STAFF_TOKEN: TOKEN }, /The key "k1" in FH_RECEIVER_KEYS is 16 bytes, not 32/],
    ['a short staff token', { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: 'secret' }, /FH_RECEIVER_STAFF_TOKEN is missing or shorter than 32 characters/],
    ['an origin with a path', { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_ALLOWED_ORIGINS: 'https://council.example/help' }, /is not an origin/],
    ['a webhook without a secret', { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_WEBHOOK_URL: 'https://cases.example/in' }, /FH_RECEIVER_WEBHOOK_SECRET is missing/],
    ['a bad retention period', { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_RETENTION_DAYS: 'forever' }, /FH_RECEIVER_RETENTION_DAYS must be a whole number/],
    ['an unknown database', { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN, FH_RECEIVER_DATABASE: 'mysql://x' }, /is not a database URL\. Use sqlite:<file> or postgres:/],
  ] as const) {
    it(`${what}: one line on stderr, exit 2`, async () => {
      const result = await run(['receiver', '--port', '0'], { env, cwd: await tempDir() });
      assert.equal(result.code, 2, result.err);
      assert.equal(result.err.split('\n').length, 1, result.err);
      assert.match(result.err, message);
    });
  }

  it('a PostgreSQL server that cannot be reached is exit 2, and the password is not printed', async () => {
    const result = await run(['receiver', '--port', '0', '--database', 'postgres://fh:hunter2@127.0.0.1:1/none'], { env: { FH_RECEIVER_KEYS: KEYS, FH_RECEIVER_STAFF_TOKEN: TOKEN } });
    assert.equal(result.code, 2, result.err);
    assert.match(result.err, /The database could not be opened \(ECONNREFUSED/);
    assert.ok(!result.err.includes('hunter2'));
  });
});
