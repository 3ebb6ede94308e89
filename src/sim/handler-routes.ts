import { UNKNOWN_TYPE } from './create-route'
import { formatDatetime } from './datetime'
import {
  cleanValue,
  editableSettingKeys,
  NAME_MAX,
  newSettings,
  phpInt,
  SETTING_MAX,
} from './form-values'
import { offers } from './platform-types'
import { emptyJson, errorResponse, jsonResponse, noContent, notFound } from './responses'
import type { RouteContext } from './route-context'
import type { StoredHandler } from './types'
import { toWire } from './wire'

/** The handler behind `/{id}` if it is this account's; PHP's router gives 404 for the rest. */
export function findOwn(ctx: RouteContext, rawId: string): StoredHandler | undefined {
  if (!/^\d+$/.test(rawId)) return undefined
  return ctx.store.find(ctx.account, Number(rawId))
}

export function showHandler(ctx: RouteContext, handler: StoredHandler): Response {
  return jsonResponse({ data: toWire(handler, ctx.dialect) })
}

export function updateHandler(ctx: RouteContext, handler: StoredHandler): Response {
  const { fields } = ctx
  const retype = fields.type?.trim()
  if (ctx.dialect === 'documented' && retype !== undefined && !offers(ctx.types, retype)) {
    return errorResponse(401, UNKNOWN_TYPE)
  }

  if (fields.name !== undefined) handler.name = cleanValue(fields.name, NAME_MAX)
  if (fields.is_enabled !== undefined) handler.is_enabled = phpInt(fields.is_enabled)

  if (retype !== undefined && ctx.dialect === 'platform') {
    // A real platform bug: sending `type` at all wipes the type and the settings.
    handler.type = null
    handler.settings = { '': '' }
  } else {
    if (retype !== undefined && retype !== handler.type) {
      handler.type = retype
      handler.settings = newSettings(retype, fields, false)
    }
    for (const key of editableSettingKeys(handler.type, handler.settings)) {
      const value = fields[key]
      if (value !== undefined) handler.settings[key] = cleanValue(value, SETTING_MAX)
    }
  }
  handler.last_datetime = formatDatetime(ctx.now)

  if (ctx.dialect === 'documented') return jsonResponse({ data: { id: handler.id } })
  return jsonResponse({ data: toWire(handler, 'platform') })
}

export function deleteHandler(ctx: RouteContext, handler: StoredHandler): Response {
  ctx.store.remove(ctx.account, handler.id)
  return ctx.dialect === 'documented' ? noContent() : emptyJson(200)
}

/** GET, POST and DELETE on `/{id}`; anything else is a 404 on the platform. */
export function routeOne(ctx: RouteContext, method: string, rawId: string): Response {
  const handler = findOwn(ctx, rawId)
  if (!handler) return notFound()
  if (method === 'GET') return showHandler(ctx, handler)
  if (method === 'POST') return updateHandler(ctx, handler)
  if (method === 'DELETE') return deleteHandler(ctx, handler)
  return notFound()
}
