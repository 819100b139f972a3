/** The version of `@family-hubs/widgets`, kept equal to package.json (a test checks it). */
export const VERSION = '0.1.0';
