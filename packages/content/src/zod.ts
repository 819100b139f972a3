/**
 * The one place the SDK imports zod from.
 *
 * `zod/mini` keeps the browser bundle lean (about a third of the classic API). zod probes for
 * `eval` support the first time an object schema is parsed, which pages with a strict
 * Content-Security-Policy report as a violation; `jitless` must be set before any schema exists,
 * so every schema module imports `z` from here rather than from zod directly.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
