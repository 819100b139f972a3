/**
 * The reference receiver for help requests (`family-hubs receiver`). docs/receiver.md says how
 * to run it; the wire contract is `@family-hubs/content/requests`.
 */
export { startReceiver, openDatabase, type Receiver, type ReceiverOptions } from './server.js';
export { readReceiverConfig, ConfigError, type ReceiverConfig } from './config.js';
export { parseKeyRing, newKeyEntry, KeyRingError, type KeyRing } from './keyring.js';
export { signWebhook, verifyWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';
export type { WebhookPayload } from './outbox.js';
export { jsonLogger, type Logger, type LogFields } from './log.js';
export { toCsv, csvCell } from './csv.js';
export type { RequestStatus, RequestSummary } from './store.js';
