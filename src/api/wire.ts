// Zod schemas for what the server sends, in either dialect, each turned into one domain shape.
import { z } from 'zod'
import type { AccountProfile, Handler, HandlerPage, HandlerStatus } from './types'

// Zod compiles parsers with `new Function` where it may, which the page's Content-Security-Policy
// forbids (and reports, even when zod catches the refusal): parse without it.
z.config({ jitless: true })

const wholeNumber = z
  .union([z.number(), z.string().regex(/^-?\d+$/)])
  .transform(Number)
  .pipe(z.number().int())

/** `YYYY-MM-DD HH:MM:SS` in UTC, as the platform stores it. */
const utcDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/)
  .transform((value) => Date.parse(`${value.slice(0, 10)}T${value.slice(11, 19)}Z`))
  .pipe(z.number().refine(Number.isFinite, 'not a date'))

const STATUS_BY_NUMBER: Record<number, HandlerStatus> = {
  0: 'disabled',
  1: 'enabled',
  2: 'pending',
}

const status = z.union([z.boolean(), wholeNumber]).transform((value, ctx): HandlerStatus => {
  if (typeof value === 'boolean') return value ? 'enabled' : 'disabled'
  const known = STATUS_BY_NUMBER[value]
  if (!known) {
    ctx.addIssue({ code: 'custom', message: `unknown is_enabled ${value}` })
    return z.NEVER
  }
  return known
})

/** PHP sends an empty settings object as `[]`; values may be numbers or null. */
const settings = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .nullish()
  .transform((value): Record<string, string> => {
    if (!value || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        typeof v === 'string' ? v : v == null ? '' : String(v),
      ]),
    )
  })

const handler = z
  .object({
    id: wholeNumber,
    name: z.union([z.string(), z.number()]).nullish(),
    type: z.string().nullish(),
    settings,
    is_enabled: status,
    datetime: utcDateTime,
    last_datetime: utcDateTime.nullish(),
  })
  .transform((wire): Handler => ({
    id: wire.id,
    name: wire.name == null ? '' : String(wire.name),
    type: wire.type || null,
    settings: wire.settings,
    status: wire.is_enabled,
    createdAt: wire.datetime,
    updatedAt: wire.last_datetime ?? null,
  }))

export const handlerResponse = z.object({ data: handler }).transform((body) => body.data)

export const listResponse = z
  .object({
    data: z.array(handler),
    meta: z.object({
      page: wholeNumber,
      results_per_page: wholeNumber,
      total: wholeNumber.optional(),
      total_results: wholeNumber.optional(),
      total_pages: wholeNumber,
    }),
  })
  .refine((body) => body.meta.total !== undefined || body.meta.total_results !== undefined, {
    message: 'meta has no total',
  })
  .transform(({ data, meta }): HandlerPage => ({
    items: data,
    page: meta.page,
    perPage: meta.results_per_page,
    total: meta.total ?? meta.total_results ?? 0,
    totalPages: Math.max(1, meta.total_pages),
  }))

/** Create and update answer `{data: {id}}` (documented) or the whole handler (newer builds). */
export const writeResponse = z
  .object({ data: z.looseObject({ id: wholeNumber }) })
  .transform(({ data }) => {
    const whole = handler.safeParse(data)
    return { id: data.id, handler: whole.success ? whole.data : null }
  })

const LIMIT_KEY = /^notification_handlers_(.+)_limit$/

export const userResponse = z
  .object({
    data: z.object({
      name: z.string().nullish(),
      email: z.string().nullish(),
      timezone: z.string().nullish(),
      plan_settings: z.record(z.string(), z.unknown()).nullish(),
    }),
  })
  .transform(({ data }): AccountProfile => {
    const limits: Record<string, number | null> = {}
    for (const [key, value] of Object.entries(data.plan_settings ?? {})) {
      const type = LIMIT_KEY.exec(key)?.[1]
      const limit = Number(value)
      if (type && Number.isInteger(limit)) limits[type] = limit < 0 ? null : limit
    }
    return {
      name: data.name ?? '',
      email: data.email ?? '',
      timezone: data.timezone || null,
      limits,
    }
  })

export const errorResponse = z.object({
  errors: z.array(z.object({ title: z.string().optional() })).min(1),
})
