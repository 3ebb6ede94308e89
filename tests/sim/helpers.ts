// Builds real Fetch requests for the simulator, the way the dashboard's client would send them.

import type { Simulator } from '../../src/sim/simulator'

export const ORIGIN = 'https://app.conecto.ir'
/** 2026-05-13 15:01:12 UTC, the timestamp in the documentation's example. */
export const T0 = Date.UTC(2026, 4, 13, 15, 1, 12)

export interface CallOptions {
  key?: string
  form?: Record<string, string>
  urlencoded?: Record<string, string>
  json?: unknown
  headers?: Record<string, string>
}

export function call(
  sim: Simulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers = new Headers(options.headers)
  if (options.key !== undefined) headers.set('Authorization', `Bearer ${options.key}`)
  let body: BodyInit | undefined
  if (options.form) {
    const form = new FormData()
    for (const [name, value] of Object.entries(options.form)) form.append(name, value)
    body = form
  } else if (options.urlencoded) {
    body = new URLSearchParams(options.urlencoded)
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json)
    headers.set('Content-Type', 'application/json')
  }
  return sim.handle(new Request(`${ORIGIN}${path}`, { method, headers, body }))
}

/** A settable clock for the simulator's `now` option. */
export function fakeClock(start = T0) {
  const clock = {
    time: start,
    now: () => clock.time,
    advance(ms: number) {
      clock.time += ms
    },
  }
  return clock
}

export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

export interface ErrorBody {
  errors: { title: string; status: number | string }[]
}

export interface WireHandler {
  id: number
  user_id?: number
  type: string | null
  name: string
  settings: Record<string, string>
  is_enabled: boolean | number
  last_datetime: string | null
  datetime: string
}

export interface ListBody {
  data: WireHandler[]
  meta: Record<string, unknown>
  links: Record<string, string | null>
}
