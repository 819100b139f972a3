import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

import { run } from './cli-support.js';
import { CONTENT_TYPE_IDS } from '@family-hubs/content/model';

/**
 * The slice of the Content Management API that `model --apply` uses, with Contentful's optimistic
 * locking: updating needs the current X-Contentful-Version, otherwise 409 VersionMismatch.
 */
async function startManagementApi(token: string) {
  const types = new Map<string, { version: number; published?: number; body: unknown }>();
  const editors = new Map<string, { version: number; controls: unknown }>();
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/vnd.contentful.management.v1+json' });
        res.end(JSON.stringify(body));
      };
      requests.push(`${req.method} ${req.url}`);
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.' });
      const match = /^\/spaces\/sp1\/environments\/master\/content_types\/([^/]+)(\/published|\/editor_interface)?$/.exec(req.url ?? '');
      if (!match) return send(404, { sys: { type: 'Error', id: 'NotFound' }, message: 'The resource could not be found.' });
      const [, id, tail] = match as unknown as [string, string, string | undefined];
      const version = req.headers['x-contentful-version'] === undefined ? undefined : Number(req.headers['x-contentful-version']);
      const current = types.get(id);
      if (!tail) {
        if (req.method === 'GET') return current ? send(200, { sys: { id, version: current.version } }) : send(404, { sys: { type: 'Error', id: 'NotFound' } });
        if (current && version !== current.version) return send(409, { sys: { type: 'Error', id: 'VersionMismatch' }, message: 'Version mismatch' });
        const next = { version: (current?.version ?? 0) + 1, body: JSON.parse(data) as unknown };
        types.set(id, next);
        return send(current ? 200 : 201, { sys: { id, version: next.version } });
      }
      if (tail === '/published') {
        if (!current || version !== current.version) return send(409, { sys: { type: 'Error', id: 'VersionMismatch' } });
        current.version += 1;
        current.published = current.version;
        return send(200, { sys: { id, version: current.version, publishedVersion: current.version } });
      }
      const editor = editors.get(id) ?? { version: 1, controls: [] };
      if (req.method === 'GET') return current ? send(200, { sys: { version: editor.version } }) : send(404, {});
      if (version !== editor.version) return send(409, { sys: { type: 'Error', id: 'VersionMismatch' } });
      editors.set(id, { version: editor.version + 1, controls: (JSON.parse(data) as { controls: unknown }).controls });
      return send(200, { sys: { version: editor.version + 1 } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, types, editors, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('family-hubs model --apply (Content Management API)', () => {
  it('creates, publishes and sets editor interfaces for every content type, then updates them in place', async () => {
    const api = await startManagementApi('cma-token');
    try {
      const args = ['model', '--apply', '--space', 'sp1', '--management-host', api.url];
      const first = await run(args, { env: { CONTENTFUL_MANAGEMENT_TOKEN: 'cma-token' } });
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, new RegExp(`${CONTENT_TYPE_IDS.length} content types created, 0 updated`));
      assert.deepEqual([...api.types.keys()].sort(), [...CONTENT_TYPE_IDS].sort());
      for (const type of api.types.values()) assert.equal(type.published, type.version, 'published its latest version');
      const controls = api.editors.get('service')!.controls as { fieldId: string; settings?: { helpText?: string } }[];
      assert.match(controls.find((c) => c.fieldId === 'lastChecked')!.settings!.helpText!, /6 months/);

      const second = await run(args, { env: { CONTENTFUL_MANAGEMENT_TOKEN: 'cma-token' } });
      assert.equal(second.code, 0, second.err);
      assert.match(second.out, new RegExp(`0 content types created, ${CONTENT_TYPE_IDS.length} updated`));
    } finally {
      await api.close();
    }
  });

  it('says what to do when the management token is refused', async () => {
    const api = await startManagementApi('cma-token');
    try {
      const result = await run(['model', '--apply', '--space', 'sp1', '--management-host', api.url, '--management-token', 'nope']);
      assert.equal(result.code, 2, 'the same exit code as a refused token in check and pack');
      assert.match(result.err, /refused the management token/);
      assert.match(result.err, /CMA tokens/);
    } finally {
      await api.close();
    }
  });

  it('needs a space and a token to apply', async () => {
    assert.match((await run(['model', '--apply'])).err, /--apply needs --space/);
    assert.match((await run(['model', '--apply', '--space', 'x'])).err, /needs a management token/);
  });
});
