/**
 * A loopback server speaking the Contentful Content Delivery and Preview APIs from a space
 * export, for offline development, the demo server and tests with the real contentful client.
 */
export { createDeliveryApi, type DeliveryApiHandler, type DeliveryApiOptions } from './api.js';
export { startCmsServer, type CmsServer, type CmsServerOptions } from './server.js';
export { failTimes, rateLimited, serverError, type FailureHook, type InjectedFailure } from './faults.js';
export type { ContentfulErrorBody } from './errors.js';
export * from './export-types.js';
export { spaceExportProblem } from './check-export.js';
