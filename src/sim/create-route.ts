import { formatDatetime } from './datetime'
import { cleanValue, NAME_MAX, newSettings } from './form-values'
import { offers } from './platform-types'
import { errorResponse, jsonResponse } from './responses'
import type { RouteContext } from './route-context'
import type { StoredHandler } from './types'
import { toWire } from './wire'

export const MISSING_FIELDS = 'You must fill all the required fields.'
export const UNKNOWN_TYPE = 'This notification handler type is not available.'

/** PHP's `empty()`, which lets "0" through as a value. */
function isFilled(value: string | undefined): value is string {
  return value !== undefined && value !== ''
}

export function createHandler(ctx: RouteContext): Response {
  const { name, type: rawType } = ctx.fields
  if (!isFilled(name) || !isFilled(rawType)) return errorResponse(401, MISSING_FIELDS)
  const type = rawType.trim()
  if (!offers(ctx.types, type)) return errorResponse(401, UNKNOWN_TYPE)

  const limit = ctx.account.limits[type] ?? -1
  const used = ctx.account.handlers.filter((handler) => handler.type === type).length
  if (limit >= 0 && used >= limit) {
    const title = `You have reached the limit of ${limit} ${type} notification handlers on your plan.`
    return errorResponse(401, title)
  }

  const handler: StoredHandler = {
    id: ctx.store.nextHandlerId(),
    user_id: ctx.account.id,
    type,
    name: cleanValue(name, NAME_MAX),
    settings: newSettings(type, ctx.fields, ctx.dialect === 'platform'),
    is_enabled: 1,
    datetime: formatDatetime(ctx.now),
    last_datetime: null,
  }
  ctx.store.insert(ctx.account, handler)
  if (ctx.dialect === 'documented') return jsonResponse({ data: { id: handler.id } })
  return jsonResponse({ data: toWire(handler, 'platform') }, 201)
}
