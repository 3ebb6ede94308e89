export type ApiErrorKind =
  /** The key is unknown, the account inactive, or its plan has no API access. */
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  /** A valid key, but the server refused the write: a missing field, a plan limit, a type it does not offer. */
  | 'refused'
  | 'server'
  | 'network'
  | 'unreadable'
  | 'aborted'

export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly kind: ApiErrorKind,
    /** The server's own sentence, in the site's language, when it sent one. */
    readonly serverMessage: string | null = null,
    readonly status: number | null = null,
    /** Seconds until the rate-limit window resets, for `rate-limited`. */
    readonly retryAfter: number | null = null,
  ) {
    super(serverMessage ? `${kind}: ${serverMessage}` : kind)
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind)
}
