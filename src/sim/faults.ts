// Queued misbehaviour for tests: the next matching requests get a broken answer instead of the
// real one, before auth and rate limiting, the way a proxy or a crashing PHP worker would.

import { errorResponse, htmlError } from './responses'
import type { Fault } from './types'

// Statuses that the Fetch API forbids to carry a body.
const NULL_BODY = new Set([101, 204, 205, 304])

interface Pending {
  fault: Fault
  left: number
}

export class FaultQueue {
  private pending: Pending[] = []

  add(fault: Fault): void {
    this.pending.push({ fault, left: fault.times ?? 1 })
  }

  clear(): void {
    this.pending = []
  }

  /** The first queued fault matching this request, used up by one. */
  take(
    method: string,
    path: string,
    fields: Record<string, string> | null = null,
  ): Fault | undefined {
    const index = this.pending.findIndex(({ fault }) => matches(fault, method, path, fields))
    const entry = this.pending[index]
    if (!entry) return undefined
    entry.left--
    if (entry.left <= 0) this.pending.splice(index, 1)
    return entry.fault
  }
}

function matches(
  fault: Fault,
  method: string,
  path: string,
  fields: Record<string, string> | null,
): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false
  for (const [name, value] of Object.entries(fault.fields ?? {})) {
    if (fields?.[name] !== value) return false
  }
  if (fault.path === undefined) return true
  if (typeof fault.path === 'string') return path.includes(fault.path)
  fault.path.lastIndex = 0 // a /g regex would otherwise remember where it stopped last time
  return fault.path.test(path)
}

/** The faulty answer, or null when the fault only delays the real one. */
export function faultResponse(fault: Fault, resetSeconds: number): Response | null {
  if (fault.drop) return Response.error()
  if (fault.body !== undefined) {
    const status = fault.status ?? 200
    const headers = { 'Content-Type': fault.contentType ?? 'application/json' }
    return new Response(NULL_BODY.has(status) ? null : fault.body, { status, headers })
  }
  if (fault.status === undefined) return null
  if (fault.status === 500) return htmlError(500)
  if (NULL_BODY.has(fault.status)) return new Response(null, { status: fault.status })
  const response = errorResponse(fault.status, titleFor(fault.status))
  if (fault.status === 429) response.headers.set('X-RateLimit-Reset', String(resetSeconds))
  return response
}

function titleFor(status: number): string {
  if (status === 429) return 'You have exceeded the rate limit of the API, please try again later.'
  if (status === 401) return 'The API key is not valid.'
  if (status === 404) return 'The requested resource was not found.'
  return 'Something went wrong.'
}
