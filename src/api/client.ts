// The only code that speaks HTTP to a Conecto-platform server.
import * as v from 'valibot'
import { ApiError } from './errors'
import { RatePacer, realClock, type Clock, type PacerSlot } from './rate-pacer'
import type { AccountProfile, Handler, HandlerInput, HandlerPage } from './types'
import { errorResponse, handlerResponse, listResponse, userResponse, writeResponse } from './wire'

export interface ClientOptions {
  /** Where the API lives, e.g. `/api` behind the dashboard's proxy. */
  baseUrl: string
  apiKey: string
  clock?: Clock
  /** A request with no answer after this long fails as a network error. */
  timeoutMs?: number
}

export interface CallOptions {
  signal?: AbortSignal
  /** How many times a 429 is waited out and retried before it is reported. */
  rateLimitRetries?: number
  /**
   * Sent as the page closes: the browser finishes it after the page is gone. It goes at once,
   * outside the rate pacing, since the page cannot wait for a window; the browser caps such
   * requests' bodies at 64 kB in all.
   */
  keepalive?: boolean
}

interface RequestSpec extends CallOptions {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  query?: Record<string, string | number>
  form?: Record<string, string>
}

export type WriteResult = { id: number; handler: Handler | null }

export function createApiClient({
  baseUrl,
  apiKey,
  clock = realClock,
  timeoutMs = 30_000,
}: ClientOptions) {
  const pacer = new RatePacer(clock)
  const base = baseUrl.replace(/\/+$/, '')

  async function send(spec: RequestSpec): Promise<Response> {
    const url = new URL(base + spec.path, globalThis.location?.href)
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      url.searchParams.set(key, String(value))
    }
    let retries = spec.keepalive ? 0 : (spec.rateLimitRetries ?? 2)
    for (;;) {
      // No await before a keepalive request's fetch: the page may be gone by the next task.
      const slot = spec.keepalive ? UNPACED : await pacer.acquire(spec.signal, retries > 0)
      let response: Response
      try {
        response = await fetch(url, {
          method: spec.method,
          headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
          body: spec.form ? toFormData(spec.form) : undefined,
          signal: withTimeout(spec.signal, timeoutMs),
          keepalive: spec.keepalive,
          ...FETCH_INIT,
        })
      } catch {
        slot.release()
        throw new ApiError(spec.signal?.aborted ? 'aborted' : 'network')
      }
      slot.observe(response.headers)
      if (response.status !== 429) return response
      const retryAfter = Math.max(1, Number(response.headers.get('X-RateLimit-Reset')) || 1)
      if (retries <= 0) throw new ApiError('rate-limited', null, 429, retryAfter)
      retries -= 1
      await drain(response)
      await clock.sleep(retryAfter * 1000, spec.signal)
    }
  }

  async function call<S extends v.GenericSchema>(
    spec: RequestSpec,
    schema: S,
  ): Promise<v.InferOutput<S>> {
    const response = await send(spec)
    const text = await readText(response, spec.signal)
    if (!response.ok) throw await errorFor(spec, response.status, text)
    const parsed = v.safeParse(schema, parseJson(text))
    if (!parsed.success) throw new ApiError('unreadable', null, response.status)
    return parsed.output
  }

  /** A 401 on a write with a working key is the server refusing the form, not the key. */
  async function errorFor(spec: RequestSpec, status: number, text: string): Promise<ApiError> {
    const message = serverMessage(text)
    if (status === 401 && spec.method === 'POST' && (await keyWorks(spec.signal))) {
      return new ApiError('refused', message, status)
    }
    if (status === 401 || status === 403) return new ApiError('unauthorized', message, status)
    if (status === 404) return new ApiError('not-found', message, status)
    if (status >= 500) return new ApiError('server', message, status)
    return new ApiError('unreadable', message, status)
  }

  async function keyWorks(signal?: AbortSignal): Promise<boolean> {
    try {
      const response = await send({
        method: 'GET',
        path: LIST_PATH,
        query: { results_per_page: 10 },
        signal,
      })
      await drain(response)
      return response.ok
    } catch {
      return false
    }
  }

  return {
    listHandlers(
      params: { page: number; perPage: number },
      options: CallOptions = {},
    ): Promise<HandlerPage> {
      const query = { page: params.page, results_per_page: params.perPage }
      return call({ ...options, method: 'GET', path: LIST_PATH, query }, listResponse)
    },

    getHandler(id: number, options: CallOptions = {}): Promise<Handler> {
      return call({ ...options, method: 'GET', path: handlerPath(id) }, handlerResponse)
    },

    createHandler(input: HandlerInput, options: CallOptions = {}): Promise<WriteResult> {
      return call(
        { ...options, method: 'POST', path: CREATE_PATH, form: toFields(input) },
        writeResponse,
      )
    },

    updateHandler(
      id: number,
      input: HandlerInput,
      options: CallOptions = {},
    ): Promise<WriteResult> {
      return call(
        { ...options, method: 'POST', path: handlerPath(id), form: toFields(input) },
        writeResponse,
      )
    },

    async deleteHandler(id: number, options: CallOptions = {}): Promise<void> {
      const spec: RequestSpec = { ...options, method: 'DELETE', path: handlerPath(id) }
      const response = await send(spec)
      const text = await readText(response, spec.signal)
      if (!response.ok) throw await errorFor(spec, response.status, text)
    },

    /** The account behind the key; null where the server does not offer this endpoint. */
    async getProfile(options: CallOptions = {}): Promise<AccountProfile | null> {
      try {
        return await call({ ...options, method: 'GET', path: '/user' }, userResponse)
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return null
        throw error
      }
    },
  }
}

export type ApiClient = ReturnType<typeof createApiClient>

/**
 * Answers hold the key (`/api/user`) and secret URLs: none is written to the disk cache. No
 * cookie of any other app on this host goes along, and a redirect is an error, since following
 * it would send the key again to wherever it points.
 */
const FETCH_INIT = {
  cache: 'no-store',
  credentials: 'omit',
  redirect: 'error',
} as const satisfies RequestInit

const UNPACED: PacerSlot = { observe() {}, release() {} }

const LIST_PATH = '/notification-handlers/'
const CREATE_PATH = '/notification-handlers'
const handlerPath = (id: number) => `/notification-handlers/${encodeURIComponent(id)}`

function toFields(input: HandlerInput): Record<string, string> {
  const fields: Record<string, string> = { ...input.settings }
  if (input.name !== undefined) fields.name = input.name
  if (input.type !== undefined) fields.type = input.type
  // The server casts to an integer: "true" would be read as 0.
  if (input.isEnabled !== undefined) fields.is_enabled = input.isEnabled ? '1' : '0'
  return fields
}

function toFormData(fields: Record<string, string>): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms)
  return signal ? AbortSignal.any([signal, timeout]) : timeout
}

async function readText(response: Response, signal?: AbortSignal): Promise<string> {
  try {
    return await response.text()
  } catch {
    throw new ApiError(signal?.aborted ? 'aborted' : 'network', null, response.status)
  }
}

/** Reads an unwanted body to its end so the connection can be reused. */
async function drain(response: Response) {
  await response.text().catch(() => '')
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function serverMessage(text: string): string | null {
  const parsed = v.safeParse(errorResponse, parseJson(text))
  return parsed.success ? (parsed.output.errors[0]?.title ?? null) : null
}
