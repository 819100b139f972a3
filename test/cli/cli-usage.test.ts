/**
 * The CLI speaks clearly: bad calls are one-line usage errors on stderr with exit 2, `--version`
 * works, and docs/cli.md's exit-code table is what the code does, row by row.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startCmsServer, type CmsServer } from '../../packages/cli/src/cms-server/index.js';
import { EXIT } from '../../packages/cli/src/command.js';
import { main } from '../../packages/cli/src/main.js';
import { buildSpace, healthTerm, serviceSpec } from '../support/space-builder.js';
import { ensureBuilt } from '../e2e/e2e-support.js';
import { run, tempDir, writeSpace, type Run } from './cli-support.js';

const oneLine = (result: Run) => {
  assert.equal(result.err.trim().split('\n').length, 1, `one line, got:\n${result.err}`);
  assert.match(result.err, /^Error: .+\. .+/, 'what went wrong, then what to do');
};

const services = (count: number) => buildSpace([healthTerm, ...Array.from({ length: count }, (_, i) => serviceSpec(`s${i}`))]);
const broken = buildSpace([healthTerm, serviceSpec('ok'), serviceSpec('too-long', { summary: 'x'.repeat(250) })]);

describe('bad calls', () => {
  it('--version prints the CLI package version', async () => {
    const { version } = JSON.parse(await readFile('packages/cli/package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = await run([flag]);
      assert.equal(result.code, 0);
      assert.equal(result.out, version);
    }
  });

  it('with no command, prints the usage to stderr (not stdout) and exits 2', async () => {
    const result = await run([]);
    assert.equal(result.code, 2);
    assert.equal(result.out, '');
    assert.match(result.err, /Usage: family-hubs <command>/);
  });

  it('an unknown command is one line that lists the commands', async () => {
    const result = await run(['publish']);
    assert.equal(result.code, 2);
    oneLine(result);
    assert.match(result.err, /Unknown command "publish"\. Run `family-hubs --help` to see the commands \(dev, pack, check, model, oruk, receiver\)/);
  });

  it('rejects extra arguments instead of ignoring them', async () => {
    const dir = await tempDir();
    const result = await run(['pack', 'public/pack.json'], { cwd: dir });
    assert.equal(result.code, 2);
    oneLine(result);
    assert.match(result.err, /Unexpected argument "public\/pack\.json"\. pack takes options only/);
  });

  for (const day of ['notadate', '2026-02-30', '2026-13-01', '2026-1-5', '']) {
    it(`check --today "${day}" is a usage error, not another day`, async () => {
      const result = await run(['check', '--today', day, '--space-file', await writeSpace(services(1))]);
      assert.equal(result.code, 2);
      oneLine(result);
      assert.match(result.err, /--today must be a real date written YYYY-MM-DD/);
    });
  }

  it('check --today accepts a real leap day', async () => {
    const result = await run(['check', '--today', '2028-02-29', '--json', '--space-file', await writeSpace(services(1))]);
    assert.equal(result.code, 0, result.err);
    assert.match((JSON.parse(result.out) as { checkedAt: string }).checkedAt, /^2028-02-29T12:00/);
  });

  for (const [option, value] of [
    ['--latency', 'abc'],
    ['--latency', '1.5'],
    ['--port', 'abc'],
    ['--port', '70000'],
    ['--port', ''],
  ] as const) {
    it(`dev ${option} "${value}" is a usage error`, async () => {
      const result = await run(['dev', option, value]);
      assert.equal(result.code, 2);
      oneLine(result);
      assert.match(result.err, new RegExp(`${option} must be a whole number`));
    });
  }

  const badFiles: readonly [string, string, RegExp][] = [
    ['null', 'null', /is not a usable space export: it is null, not a space export/],
    ['a list', '[]', /it is a list, not a space export/],
    ['a {} entry', JSON.stringify({ ...services(1), entries: [{}] }), /entries\[0\]: it has no sys\.id/],
    ['an entry with fields: null', JSON.stringify({ ...services(1), entries: [{ ...services(1).entries[0], fields: null }] }), /entries\[0\]: its fields are not an object/],
    ['a null locale', JSON.stringify({ ...services(1), locales: [null] }), /locales\[0\]: it has no code/],
  ];
  for (const [name, text, message] of badFiles) {
    it(`a space file holding ${name} is a clear usage error in check and dev`, async () => {
      const file = join(await tempDir(), 'space.json');
      await writeFile(file, text);
      for (const command of ['check', 'dev']) {
        const result = await run([command, '--space-file', file]);
        assert.equal(result.code, 2, `${command}: ${result.err}`);
        oneLine(result);
        assert.match(result.err, message);
      }
    });
  }
});

describe('dev cannot listen', () => {
  let busy: Server;
  let port: number;
  before(async () => {
    ensureBuilt();
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as AddressInfo).port;
  });
  after(() => busy.close());

  it('on a busy port: one line, exit 2', async () => {
    const result = await run(['dev', '--port', String(port)]);
    assert.equal(result.code, 2);
    oneLine(result);
    assert.match(result.err, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use\\. .*--port 0 picks a free one`));
  });

  for (const host of ['nosuchhost.invalid', '203.0.113.7']) {
    it(`on a bad --host ${host}: one line, exit 2`, async () => {
      const result = await run(['dev', '--port', '0', '--host', host]);
      assert.equal(result.code, 2);
      oneLine(result);
      assert.match(result.err, /Cannot listen on --host .*not an address of this machine\. Pass --host 127\.0\.0\.1/);
    });
  }
});

describe('a refused token', () => {
  let cms: CmsServer;
  let management: ReturnType<typeof createHttpServer>;
  let managementUrl: string;
  before(async () => {
    cms = await startCmsServer({ space: services(2), spaceId: 'abc123', deliveryTokens: ['right'], previewTokens: [] });
    management = createHttpServer((_req, res) => {
      res.writeHead(401, { 'Content-Type': 'application/vnd.contentful.management.v1+json' });
      res.end(JSON.stringify({ sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.' }));
    });
    await new Promise<void>((resolve) => management.listen(0, '127.0.0.1', resolve));
    managementUrl = `http://127.0.0.1:${(management.address() as AddressInfo).port}`;
  });
  after(async () => {
    await cms.close();
    management.close();
  });

  it('exits 2 in check, pack and model --apply alike, with one line saying what to do', async () => {
    const source = ['--space', 'abc123', '--token', 'wrong', '--host', cms.host, '--insecure'];
    const results = {
      check: await run(['check', ...source]),
      pack: await run(['pack', ...source, '--out', join(await tempDir(), 'pack.json')]),
      'model --apply': await run(['model', '--apply', '--space', 'abc123', '--management-token', 'wrong', '--management-host', managementUrl]),
    };
    for (const [command, result] of Object.entries(results)) {
      assert.equal(result.code, 2, command);
      oneLine(result);
      assert.match(result.err, /refused the (access|management) token/, command);
    }
  });

  it('a preview token on the Delivery API is refused too', async () => {
    const server = await startCmsServer({ space: services(2), spaceId: 'abc123', deliveryTokens: ['delivery'], previewTokens: ['preview'] });
    try {
      const refused = await run(['check', '--space', 'abc123', '--token', 'preview', '--host', server.host, '--insecure']);
      assert.equal(refused.code, 2);
      const accepted = await run(['check', '--space', 'abc123', '--token', 'preview', '--preview', '--host', server.previewHost, '--insecure']);
      assert.notEqual(accepted.code, 2, accepted.err);
    } finally {
      await server.close();
    }
  });
});

/** The rows of docs/cli.md's exit code table: [code, cause]. */
async function documentedExitCodes(): Promise<[number, string][]> {
  const docs = await readFile('docs/cli.md', 'utf8');
  const section = docs.split(/^## Exit codes$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => {
      const [code, cause] = line.split('|').slice(1).map((cell) => cell.trim());
      return [Number(code), cause!];
    });
}

describe('docs/cli.md exit codes', () => {
  /** Each scenario runs what its docs row describes; `row` picks the row by its cause. */
  const scenarios: { row: RegExp; run: () => Promise<number> }[] = [
    { row: /^Done/, run: async () => (await run(['pack', '--space-file', await writeSpace(services(1)), '--out', join(await tempDir(), 'pack.json')])).code },
    { row: /^`check`: a published entry is invalid/, run: async () => (await run(['check', '--space-file', await writeSpace(broken)])).code },
    { row: /^`check --strict`/, run: async () => (await run(['check', '--strict', '--space-file', await writeSpace(services(1))])).code },
    { row: /^`pack`: a published entry is invalid/, run: async () => (await run(['pack', '--space-file', await writeSpace(broken), '--out', join(await tempDir(), 'pack.json')])).code },
    {
      row: /^`pack`: the new pack would lose most/,
      run: async () => {
        const dir = await tempDir();
        await run(['pack', '--space-file', await writeSpace(services(12)), '--out', 'pack.json'], { cwd: dir });
        return (await run(['pack', '--space-file', await writeSpace(services(0)), '--out', 'pack.json'], { cwd: dir })).code;
      },
    },
    { row: /^An unknown command, option or argument/, run: async () => (await run(['check', '--today', 'notadate'])).code },
    { row: /^An empty space option/, run: async () => (await run(['pack', '--space', ''])).code },
    { row: /^`--out` names a missing folder/, run: async () => (await run(['pack', '--out', 'missing/pack.json'], { cwd: await tempDir() })).code },
    {
      row: /^The space file cannot be read/,
      run: async () => {
        const file = join(await tempDir(), 'null.json');
        await writeFile(file, 'null');
        return (await run(['check', '--space-file', file])).code;
      },
    },
    {
      row: /^The CMS refused the token/,
      run: async () => {
        const server = await startCmsServer({ space: services(1), spaceId: 'abc', deliveryTokens: ['right'], previewTokens: [] });
        try {
          return (await run(['pack', '--space', 'abc', '--token', 'wrong', '--host', server.host, '--insecure', '--out', join(await tempDir(), 'p.json')])).code;
        } finally {
          await server.close();
        }
      },
    },
    {
      row: /^The CMS could not be reached/,
      run: async () => {
        const server = await startCmsServer({ space: services(1), spaceId: 'abc', deliveryTokens: ['t'], previewTokens: [], failNext: (req) => (req.url?.includes('/sync') ? { status: 200, body: '<html></html>', headers: { 'Content-Type': 'text/html' } } : undefined) });
        try {
          return (await run(['pack', '--space', 'abc', '--token', 't', '--host', server.host, '--insecure', '--out', join(await tempDir(), 'p.json')])).code;
        } finally {
          await server.close();
        }
      },
    },
    { row: /^`oruk`: `--pack` or `--out` is missing/, run: async () => (await run(['oruk', '--pack', 'missing.json', '--out', 'feed'], { cwd: await tempDir() })).code },
    {
      row: /^`dev`: the port is in use/,
      run: async () => (await run(['dev', '--port', '0', '--host', 'nosuchhost.invalid'])).code,
    },
    {
      row: /^`receiver`: a setting is missing or wrong/,
      run: async () => (await run(['receiver', '--port', '0'], { env: { FH_RECEIVER_STAFF_TOKEN: 'x'.repeat(40) } })).code,
    },
    {
      row: /^`receiver list`, `show`, `handle` or `export`/,
      // Port 1 on loopback refuses the connection: the receiver is down.
      run: async () => (await run(['receiver', 'list', '--receiver', 'http://127.0.0.1:1'], { env: { FH_RECEIVER_STAFF_TOKEN: 'x'.repeat(40) } })).code,
    },
    {
      row: /^An internal error/,
      // A bug stands in as a progress writer that throws: nothing anticipates that.
      run: () =>
        main(['check', '--space-file', 'packages/cli/sample/space.json'], {
          out: () => undefined,
          err: () => undefined,
          progress: () => {
            throw new Error('simulated bug');
          },
          isTTY: true,
          env: {},
          cwd: process.cwd(),
        }),
    },
  ];

  it('lists every exit code the CLI can return, and nothing else', async () => {
    const documented = new Set((await documentedExitCodes()).map(([code]) => code));
    assert.deepEqual([...documented].sort((a, b) => a - b), Object.values(EXIT).sort((a, b) => a - b));
  });

  it('names, for every row, a cause that gives exactly that code', async () => {
    const rows = await documentedExitCodes();
    assert.ok(rows.length >= 10, 'the table was found');
    for (const [code, cause] of rows) {
      const matching = scenarios.filter((s) => s.row.test(cause));
      assert.equal(matching.length, 1, `one scenario for the row "${cause}" (add one to this test)`);
      assert.equal(await matching[0]!.run(), code, `exit code for "${cause}"`);
    }
    for (const scenario of scenarios) assert.ok(rows.some(([, cause]) => scenario.row.test(cause)), `docs row for ${String(scenario.row)}`);
  });
});

describe('a folder for the README commands', () => {
  it('model --out into a new folder works once the folder exists', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out'));
    const result = await run(['model', '--out', 'out/model.json'], { cwd: dir });
    assert.equal(result.code, 0, result.err);
  });
});
