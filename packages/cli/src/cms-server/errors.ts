/**
 * Contentful's error bodies: `{ sys: { type: 'Error', id }, message, details?, requestId }`.
 * Messages are copied from real responses so that client code matching on them behaves the
 * same against this server as against cdn.contentful.com.
 */

/** One entry of `details.errors` in an InvalidQuery response. */
export interface QueryErrorDetail {
  name: string;
  path?: string[];
  value?: unknown;
  details?: string;
  [key: string]: unknown;
}

export interface ContentfulErrorBody {
  sys: { type: 'Error'; id: string };
  message: string;
  details?: unknown;
  requestId: string;
}

const INVALID_QUERY_MESSAGE =
  'The query you sent was invalid. Probably a filter or ordering specification is not applicable to the type of a field.';

/** Thrown inside request handling; the router turns it into a Contentful error response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorId: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  toBody(requestId: string): ContentfulErrorBody {
    // Key order follows real responses: details (when present) comes before requestId.
    return this.details === undefined
      ? { sys: { type: 'Error', id: this.errorId }, message: this.message, requestId }
      : { sys: { type: 'Error', id: this.errorId }, message: this.message, details: this.details, requestId };
  }
}

export function invalidQuery(errors: QueryErrorDetail[]): ApiError {
  return new ApiError(400, 'InvalidQuery', INVALID_QUERY_MESSAGE, { errors });
}

/** The error Contentful gives for a query path it does not know (see data/contentful/error-400.json). */
export function unknownPath(path: string): ApiError {
  return invalidQuery([{ name: 'unknown', path: path.split('.'), details: `The path "${path}" is not recognized` }]);
}

export function unknownContentType(id: string): ApiError {
  return invalidQuery([{ name: 'unknownContentType', value: id }]);
}

export function badRequest(message: string, details?: unknown): ApiError {
  return new ApiError(400, 'BadRequest', message, details);
}

export function accessTokenInvalid(): ApiError {
  return new ApiError(401, 'AccessTokenInvalid', 'The access token you sent could not be found or is invalid.');
}

export function notFound(details?: Record<string, unknown>): ApiError {
  return new ApiError(404, 'NotFound', 'The resource could not be found.', details);
}

export function methodNotAllowed(): ApiError {
  return new ApiError(405, 'MethodNotAllowed', 'The requested HTTP method is not supported by the Content Delivery API.');
}
