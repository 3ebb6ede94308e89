// The faults of the matrix: what the simulator is told to do for each, and what the app should
// make of it.
import type { ApiErrorKind } from '../../src/api/errors'
import type { MessageKey } from '../../src/i18n/en'
import type { Fault } from '../../src/sim/simulator'

export const FAULTS = [
  'badKey',
  'refused',
  'notFound',
  'rateLimited',
  'html500',
  'notJson',
  'wrongShape',
  'dropped',
  'timeout',
] as const
export type FaultName = (typeof FAULTS)[number]

export const FAULT_TITLES: Record<FaultName, string> = {
  badKey: 'bad key',
  refused: 'refusal',
  notFound: '404',
  rateLimited: '429',
  html500: 'HTML 500',
  notJson: 'not JSON',
  wrongShape: 'bad shape',
  dropped: 'dropped',
  timeout: 'timeout',
}

/** What the client makes of each. */
export const ERROR_KIND: Record<FaultName, ApiErrorKind> = {
  badKey: 'unauthorized',
  refused: 'refused',
  notFound: 'not-found',
  rateLimited: 'rate-limited',
  html500: 'server',
  notJson: 'unreadable',
  wrongShape: 'unreadable',
  dropped: 'network',
  timeout: 'network',
}

/** The platform's answer to a create without its required fields (conecto-api.md, B). */
export const FORM_ERROR_TITLE = 'You must fill all the required fields.'
/** What a 429 from the simulator without a rate limit of its own says is left of the window. */
export const RESET_SECONDS = 60
/** The client's own timeout, from src/api/client.ts. */
export const CLIENT_TIMEOUT_MS = 30_000

export interface Attempts {
  /** The query client tries a failed read once more (server and network errors). */
  readRetry: boolean
  /** 429s the client waits out before it reports one. */
  rateLimitRetries: number
}

/** The simulator's faults for one cell, aimed at `target` (or, for a bad key, at everything). */
export function faultsFor(
  fault: FaultName,
  target: Pick<Fault, 'method' | 'path' | 'fields'>,
  { readRetry, rateLimitRetries }: Attempts,
  times?: number,
): Fault[] {
  const tries = times ?? (readRetry ? 2 : 1)
  switch (fault) {
    case 'badKey':
      // The key itself stopped working: every request fails until it works again.
      return [{ status: 401, times: 1000 }]
    case 'refused':
      return [
        {
          ...target,
          status: 401,
          body: JSON.stringify({ errors: [{ title: FORM_ERROR_TITLE, status: 401 }] }),
        },
      ]
    case 'notFound':
      return [{ ...target, status: 404, times: times ?? 1 }]
    case 'rateLimited':
      return [{ ...target, status: 429, times: times ?? 1 + rateLimitRetries }]
    case 'html500':
      return [{ ...target, status: 500, times: tries }]
    case 'notJson':
      // A proxy's login page instead of the API's answer.
      return [
        {
          ...target,
          status: 200,
          body: '<!DOCTYPE html><title>Sign in to the network</title>',
          contentType: 'text/html',
        },
      ]
    case 'wrongShape':
      return [{ ...target, status: 200, body: JSON.stringify({ ok: true, result: 'saved' }) }]
    case 'dropped':
      return [{ ...target, drop: true, times: tries }]
    case 'timeout':
      // No answer at all: the connection is dropped only once the client has given up on it.
      return [{ ...target, delayMs: 10 * 60_000, drop: true, times: tries }]
  }
}

/** How many attempts the client makes before it reports the fault, for the time a timeout takes. */
export function attemptsOf(fault: FaultName, { readRetry }: Attempts): number {
  return fault === 'timeout' && readRetry ? 2 : 1
}

/** The catalogue's sentence for the error a fault becomes. */
export function errorSentence(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  fault: FaultName,
): string {
  const kind = ERROR_KIND[fault]
  return kind === 'rate-limited'
    ? t('error.rate-limited', { count: RESET_SECONDS })
    : t(`error.${kind}`)
}
