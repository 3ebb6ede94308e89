// Zod schemas for what the server sends, in either dialect, each turned into one domain shape.
// The table screen loads the API layer first, so it uses zod's tree-shakable `mini` build.
import * as z from 'zod/mini'
import type { AccountProfile, Handler, HandlerPage, HandlerStatus } from './types'

// Zod compiles parsers with `new Function` where it may, which the page's Content-Security-Policy
// forbids (and reports, even when zod catches the refusal): parse without it.
z.config({ jitless: true })

const wholeNumber = z.pipe(
  z.pipe(z.union([z.number(), z.string().check(z.regex(/^-?\d+$/))]), z.transform(Number)),
  z.int(),
)

/** `YYYY-MM-DD HH:MM:SS` in UTC, as the platform stores it. */
const utcDateTime = z.pipe(
  z.pipe(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/)),
    z.transform((value: string) => Date.parse(`${value.slice(0, 10)}T${value.slice(11, 19)}Z`)),
  ),
  z.number().check(z.refine(Number.isFinite, 'not a date')),
)

const STATUS_BY_NUMBER: Record<number, HandlerStatus> = {
  0: 'disabled',
  1: 'enabled',
  2: 'pending',
}

// Numbers first: the platform sends 0, 1 or 2, and a union tries its members in order.
const status = z.pipe(
  z.union([wholeNumber, z.boolean()]),
  z.transform((value: boolean | number, ctx): HandlerStatus => {
    if (typeof value === 'boolean') return value ? 'enabled' : 'disabled'
    const known = STATUS_BY_NUMBER[value]
    if (!known) {
      ctx.issues.push({ code: 'custom', message: `unknown is_enabled ${value}`, input: value })
      return z.NEVER
    }
    return known
  }),
)

/**
 * Any JSON object: its values are made strings below. (A `record` of `unknown` checked each key
 * and value of each handler only to accept them all.)
 */
const settingsObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
)

/** PHP sends an empty settings object as `[]`; values may be numbers or null. */
const settings = z.pipe(
  z.nullish(z.union([settingsObject, z.array(z.unknown())])),
  z.transform((value): Record<string, string> => {
    if (!value || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        typeof v === 'string' ? v : v == null ? '' : String(v),
      ]),
    )
  }),
)

const wireHandler = z.object({
  id: wholeNumber,
  name: z.nullish(z.union([z.string(), z.number()])),
  type: z.nullish(z.string()),
  settings,
  is_enabled: status,
  datetime: utcDateTime,
  last_datetime: z.nullish(utcDateTime),
})

const handler = z.pipe(
  wireHandler,
  z.transform((wire: z.output<typeof wireHandler>): Handler => ({
    id: wire.id,
    name: wire.name == null ? '' : String(wire.name),
    type: wire.type || null,
    settings: wire.settings,
    status: wire.is_enabled,
    createdAt: wire.datetime,
    updatedAt: wire.last_datetime ?? null,
  })),
)

export const handlerResponse = z.pipe(
  z.object({ data: handler }),
  z.transform((body: { data: Handler }) => body.data),
)

const listBody = z.object({
  data: z.array(handler),
  meta: z
    .object({
      page: wholeNumber,
      results_per_page: wholeNumber,
      total: z.optional(wholeNumber),
      total_results: z.optional(wholeNumber),
      total_pages: wholeNumber,
    })
    .check(
      z.refine((meta) => meta.total !== undefined || meta.total_results !== undefined, {
        message: 'meta has no total',
      }),
    ),
})

export const listResponse = z.pipe(
  listBody,
  z.transform(({ data, meta }: z.output<typeof listBody>): HandlerPage => ({
    items: data,
    page: meta.page,
    perPage: meta.results_per_page,
    total: meta.total ?? meta.total_results ?? 0,
    totalPages: Math.max(1, meta.total_pages),
  })),
)

/** Create and update answer `{data: {id}}` (documented) or the whole handler (newer builds). */
export const writeResponse = z.pipe(
  z.object({ data: z.looseObject({ id: wholeNumber }) }),
  z.transform(({ data }: { data: { id: number } }) => {
    const whole = z.safeParse(handler, data)
    return { id: data.id, handler: whole.success ? whole.data : null }
  }),
)

const LIMIT_KEY = /^notification_handlers_(.+)_limit$/

const userBody = z.object({
  data: z.object({
    id: z.nullish(z.union([z.number(), z.string()])),
    name: z.nullish(z.string()),
    email: z.nullish(z.string()),
    timezone: z.nullish(z.string()),
    plan_settings: z.nullish(z.record(z.string(), z.unknown())),
  }),
})

export const userResponse = z.pipe(
  userBody,
  z.transform(({ data }: z.output<typeof userBody>): AccountProfile => {
    const limits: Record<string, number | null> = {}
    for (const [key, value] of Object.entries(data.plan_settings ?? {})) {
      const type = LIMIT_KEY.exec(key)?.[1]
      const limit = Number(value)
      if (type && Number.isInteger(limit)) limits[type] = limit < 0 ? null : limit
    }
    return {
      id: data.id === null || data.id === undefined || data.id === '' ? null : String(data.id),
      name: data.name ?? '',
      email: data.email ?? '',
      timezone: data.timezone || null,
      limits,
    }
  }),
)

export const errorResponse = z.object({
  errors: z.array(z.object({ title: z.optional(z.string()) })).check(z.minLength(1)),
})
