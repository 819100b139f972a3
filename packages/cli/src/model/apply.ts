/**
 * Applies the content model to a space with the Content Management API: creates or updates each
 * content type (respecting Contentful's optimistic locking with `X-Contentful-Version`),
 * publishes it, then sets its editor interface. Existing content is never deleted.
 */
import { CliError, EXIT } from '../command.js';
import type { ModelImportFile } from './import-file.js';

/** Where and how to apply. */
export interface ApplyOptions {
  readonly space: string;
  readonly environment: string;
  readonly managementToken: string;
  /** Default `https://api.contentful.com`. */
  readonly baseUrl?: string;
  readonly progress: (text: string) => void;
  readonly fetch?: typeof globalThis.fetch;
}

/** What changed. */
export interface ApplyResult {
  readonly created: string[];
  readonly updated: string[];
}

interface Versioned {
  sys: { version: number };
}

/** Applies `model` (content types and editor interfaces) to the space. */
export async function applyModel(model: ModelImportFile, options: ApplyOptions): Promise<ApplyResult> {
  const base = `${(options.baseUrl ?? 'https://api.contentful.com').replace(/\/$/, '')}/spaces/${encodeURIComponent(options.space)}/environments/${encodeURIComponent(options.environment)}`;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const request = async (method: string, path: string, body?: unknown, version?: number): Promise<{ status: number; json: unknown }> => {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${options.managementToken}`,
          'Content-Type': 'application/vnd.contentful.management.v1+json',
          ...(version !== undefined ? { 'X-Contentful-Version': String(version) } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new CliError(`Could not reach the Contentful Management API (${(error as Error).message})`, 'Check your network connection and --management-host.');
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      // A proxy's or maintenance page instead of the API: say so rather than crash on the HTML.
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
      throw new CliError(
        `The Management API answered ${method} ${path} with ${type === 'text/html' ? 'an HTML page' : `a ${type || 'non-JSON'} body`} (status ${response.status})`,
        'Check --management-host (default https://api.contentful.com); if Contentful is down for maintenance, try again later.',
      );
    }
    // Every failure here is one the person running the command fixes (token, space, host), not
    // editors: exit 2 like a refused token in `check` and `pack`.
    if (response.status === 401 || response.status === 403) {
      throw new CliError('Contentful refused the management token', 'Create a personal access token (Settings › CMA tokens) with access to this space and pass it as --management-token.', EXIT.usage);
    }
    if (response.status === 404 && method !== 'GET') {
      throw new CliError(`Space ${options.space} or environment ${options.environment} was not found`, 'Check --space and --environment.', EXIT.usage);
    }
    if (response.status >= 400 && response.status !== 404) {
      const message = (json as { message?: string } | undefined)?.message ?? response.statusText;
      throw new CliError(`Contentful rejected ${method} ${path}: ${message}`, 'Check that the space’s existing content types do not conflict with the model (see the message), then run again.', EXIT.usage);
    }
    return { status: response.status, json };
  };

  // A 200 without `sys.version` is not the Management API (a proxy, a wrong --management-host).
  const versionOf = (json: unknown, what: string): number => {
    const version = (json as Partial<Versioned> | undefined)?.sys?.version;
    if (typeof version !== 'number') {
      throw new CliError(`The Management API's answer for ${what} has no sys.version, so it is not a Content Management API response`, 'Check --management-host (default https://api.contentful.com).');
    }
    return version;
  };

  const created: string[] = [];
  const updated: string[] = [];
  for (const type of model.contentTypes) {
    const id = type.sys.id;
    const path = `/content_types/${encodeURIComponent(id)}`;
    const existing = await request('GET', path);
    const body = { name: type.name, description: type.description, displayField: type.displayField, fields: type.fields };
    const saved = existing.status === 404 ? await request('PUT', path, body) : await request('PUT', path, body, versionOf(existing.json, path));
    (existing.status === 404 ? created : updated).push(id);
    await request('PUT', `${path}/published`, undefined, versionOf(saved.json, path));
    options.progress(`${existing.status === 404 ? 'Created' : 'Updated'} and published ${type.name}`);
    const editor = model.editorInterfaces.find((e) => e.sys.contentType.sys.id === id);
    if (editor) {
      const current = await request('GET', `${path}/editor_interface`);
      const version = current.status === 404 ? undefined : versionOf(current.json, `${path}/editor_interface`);
      await request('PUT', `${path}/editor_interface`, { controls: editor.controls }, version);
    }
  }
  return { created, updated };
}
