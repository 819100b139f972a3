// `npm run new-widget NAME` writes a widget's folder by the written convention and wires it in,
// and never overwrites anything. (That a generated widget compiles, lints and passes the shared
// suite was checked by generating one in the repository; this test keeps the generator honest.)
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const LISTS = ['packages/content/src/views/index.ts', 'packages/widgets/src/index.ts', 'packages/widgets/src/cdn/index.ts', 'packages/widgets/src/internal/autoloader.ts'];

function generate(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(repo, 'scripts/new-widget.mjs'), ...args, '--root', root], { encoding: 'utf8' });
}

describe('npm run new-widget', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fh-new-widget-'));
    for (const file of LISTS) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      copyFileSync(join(repo, file), join(root, file));
    }
  });

  it('writes the folder the convention names and wires the widget into every list', () => {
    const run = generate(root, 'service-search');
    assert.equal(run.status, 0, run.stderr);
    for (const file of [
      'packages/content/src/views/service-search.ts',
      'packages/widgets/src/service-search/service-search.ts',
      'packages/widgets/src/service-search/service-search.styles.ts',
      'packages/widgets/src/service-search/define.ts',
      'packages/widgets/src/service-search/events.ts',
      'packages/widgets/src/service-search/labels.ts',
      'packages/widgets/src/service-search.ts',
      'packages/widgets/src/cdn/service-search.ts',
      'test/widgets/service-search/service-search.examples.ts',
      'test/widgets/service-search/shared-suite.test.ts',
      'stories/service-search.stories.ts',
    ]) {
      assert.ok(existsSync(join(root, file)), `${file} is written`);
    }
    const read = (file: string) => readFileSync(join(root, file), 'utf8');
    assert.match(read('packages/widgets/src/service-search/service-search.ts'), /export class FhServiceSearch extends FhContentElement<ServiceSearchContent>/);
    assert.match(read('packages/widgets/src/service-search/define.ts'), /defineElement\('fh-service-search', FhServiceSearch, VERSION\)/);
    assert.match(read('packages/content/src/views/index.ts'), /export \{ serviceSearchView, type ServiceSearchContent \} from '\.\/service-search\.js';\n\/\/ new-widget: views/);
    assert.match(read('packages/widgets/src/index.ts'), /export \* from '\.\/service-search\.js';/);
    assert.match(read('packages/widgets/src/cdn/index.ts'), /import '\.\.\/service-search\/define\.js';/);
    assert.match(read('packages/widgets/src/internal/autoloader.ts'), /'fh-service-search': \(\) => import\('\.\.\/service-search\/define\.js'\),/);
  });

  it('refuses to overwrite a widget that exists, and changes nothing', () => {
    assert.equal(generate(root, 'service-search').status, 0);
    const before = LISTS.map((file) => readFileSync(join(root, file), 'utf8'));
    const again = generate(root, 'service-search');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exists: nothing was written/);
    assert.deepEqual(LISTS.map((file) => readFileSync(join(root, file), 'utf8')), before);
  });

  it('refuses names that are not kebab-case, or that carry the fh- prefix', () => {
    for (const bad of ['ServiceSearch', 'service_search', 'fh-service-search']) {
      const run = generate(root, bad);
      assert.equal(run.status, 2, bad);
      assert.equal(existsSync(join(root, 'packages/widgets/src/service-search')), false);
    }
    assert.match(generate(root).stderr, /give the widget a name/);
  });
});
