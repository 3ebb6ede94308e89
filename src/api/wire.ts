// Schemas for what the server sends, in either dialect, each turned into one domain shape.
// Valibot, not zod: the table screen checks every answer before its first row, and valibot's
// functions are loaded one by one (about 2 kB here, where zod's core was 15 kB).
import * as v from 'valibot'
import type { AccountProfile, Handler, HandlerPage, HandlerStatus } from './types'

const wholeNumber = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d+$/), v.transform(Number))]),
  v.safeInteger(),
)

/** `YYYY-MM-DD HH:MM:SS` in UTC, as the platform stores it. */
const utcDateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/),
  v.transform((value) => Date.parse(`${value.slice(0, 10)}T${value.slice(11, 19)}Z`)),
  v.check((time: number) => Number.isFinite(time), 'not a date'),
)

const STATUS_BY_NUMBER: Record<number, HandlerStatus> = {
  0: 'disabled',
  1: 'enabled',
  2: 'pending',
}

// Numbers first: the platform sends 0, 1 or 2, and a union tries its members in order.
const status = v.pipe(
  v.union([wholeNumber, v.boolean()]),
  v.check(
    (value: boolean | number) =>
      typeof value === 'boolean' || Object.hasOwn(STATUS_BY_NUMBER, value),
    'unknown is_enabled',
  ),
  v.transform((value): HandlerStatus => {
    if (typeof value === 'boolean') return value ? 'enabled' : 'disabled'
    return STATUS_BY_NUMBER[value]!
  }),
)

/**
 * Any JSON object: its values are made strings below. (A `record` of `unknown` checked each key
 * and value of each handler only to accept them all.)
 */
const settingsObject = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
)

/** PHP sends an empty settings object as `[]`; values may be numbers or null. */
const settings = v.pipe(
  v.nullish(v.union([settingsObject, v.array(v.unknown())])),
  v.transform((value): Record<string, string> => {
    if (!value || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).map(([key, setting]) => [
        key,
        typeof setting === 'string' ? setting : setting == null ? '' : String(setting),
      ]),
    )
  }),
)

const handler = v.pipe(
  v.object({
    id: wholeNumber,
    name: v.nullish(v.union([v.string(), v.number()])),
    type: v.nullish(v.string()),
    settings,
    is_enabled: status,
    datetime: utcDateTime,
    last_datetime: v.nullish(utcDateTime),
  }),
  v.transform((wire): Handler => ({
    id: wire.id,
    name: wire.name == null ? '' : String(wire.name),
    type: wire.type || null,
    // A missing key is left out by the schema, before the pipe that makes it an object.
    settings: wire.settings ?? {},
    status: wire.is_enabled,
    createdAt: wire.datetime,
    updatedAt: wire.last_datetime ?? null,
  })),
)

export const handlerResponse = v.pipe(
  v.object({ data: handler }),
  v.transform((body) => body.data),
)

export const listResponse = v.pipe(
  v.object({
    data: v.array(handler),
    meta: v.pipe(
      v.object({
        page: wholeNumber,
        results_per_page: wholeNumber,
        total: v.optional(wholeNumber),
        total_results: v.optional(wholeNumber),
        total_pages: wholeNumber,
      }),
      v.check(
        (meta) => meta.total !== undefined || meta.total_results !== undefined,
        'meta has no total',
      ),
    ),
  }),
  v.transform(({ data, meta }): HandlerPage => ({
    items: data,
    page: meta.page,
    perPage: meta.results_per_page,
    total: meta.total ?? meta.total_results ?? 0,
    totalPages: Math.max(1, meta.total_pages),
  })),
)

/** Create and update answer `{data: {id}}` (documented) or the whole handler (newer builds). */
export const writeResponse = v.pipe(
  v.object({ data: v.looseObject({ id: wholeNumber }) }),
  v.transform(({ data }) => {
    const whole = v.safeParse(handler, data)
    return { id: data.id, handler: whole.success ? whole.output : null }
  }),
)

const LIMIT_KEY = /^notification_handlers_(.+)_limit$/

export const userResponse = v.pipe(
  v.object({
    data: v.object({
      id: v.nullish(v.union([v.number(), v.string()])),
      name: v.nullish(v.string()),
      email: v.nullish(v.string()),
      timezone: v.nullish(v.string()),
      plan_settings: v.nullish(v.record(v.string(), v.unknown())),
    }),
  }),
  v.transform(({ data }): AccountProfile => {
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

export const errorResponse = v.object({
  errors: v.pipe(v.array(v.object({ title: v.optional(v.string()) })), v.minLength(1)),
})
