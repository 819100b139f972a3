/**
 * `@family-hubs/cli` as a library: the commands, the local CMS server and the demo server, for
 * tests and for councils that script their own tooling.
 * @module
 */
export { main, COMMANDS } from './main.js';
export type { Command, CommandIo } from './command.js';
export { startCmsServer, createDeliveryApi, type SpaceExport } from './cms-server/index.js';
export { startDevServer, STRICT_CSP, DEMO_SPACE } from './dev/dev-server.js';
export { buildModelImportFile } from './model/import-file.js';
export { startReceiver, readReceiverConfig, verifyWebhook, signWebhook, type Receiver, type ReceiverConfig, type WebhookPayload } from './receiver/index.js';
