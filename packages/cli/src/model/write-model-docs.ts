import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentModelMarkdown } from './model-docs.js';

const target = fileURLToPath(new URL('../../../../docs/content-model.md', import.meta.url));
await writeFile(target, contentModelMarkdown());
process.stdout.write(`Wrote ${target}\n`);
