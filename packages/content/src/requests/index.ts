/**
 * `@family-hubs/content/requests`: the help request ("ask for help") shared by the form widget,
 * the submission client and any receiver. No DOM: `fetch`, `AbortController` and an injectable
 * connectivity signal only.
 *
 * ```ts
 * const checked = validateHelpRequest(answers, { topicIds: settings.topics });
 * if (!checked.ok) showErrors(checked.errors); // [{ path: 'contact.email', code: 'invalid_format' }]
 * const submission = createHelpRequestSubmission(checked.request, {
 *   endpoint: settings.submissionEndpoint,
 *   connectivity: browserConnectivity(window),
 * });
 * submission.subscribe(render); // ready → sending → sent | not-sent | rejected
 * await submission.send();
 * ```
 * @module
 */
export * from './limits.js';
export * from './schema.js';
export * from './validate.js';
export * from './protocol.js';
export * from './connectivity.js';
export { backoffDelay, retryAfterMs } from './retry.js';
export * from './submission.js';
