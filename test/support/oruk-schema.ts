/**
 * Validates documents against the official ORUK 3.0 schemas in test/fixtures/oruk3-schema/, each
 * registered under its published address so their `$ref`s resolve offline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const FOLDER = 'test/fixtures/oruk3-schema';
const BASE = 'https://openreferraluk.org/specifications/3.0/schema/';

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(FOLDER).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as object, `${BASE}${file}`);
}

/** The official schema `name` (e.g. `service`), compiled. */
export function orukSchema(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${BASE}${name}.json`);
  if (!validate) throw new Error(`No ORUK schema ${name}`);
  return validate;
}

/** The schema's complaints about `document`, one readable line each (none when it is valid). */
export function orukErrors(name: string, document: unknown): string[] {
  const validate = orukSchema(name);
  return validate(document) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
