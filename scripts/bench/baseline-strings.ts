// The plain page's texts, from the dashboard's own English catalogue and type registry, written
// beside it as strings.js: the two pages then show the same words.

import { en } from '../../src/i18n/en'
import { HANDLER_TYPES } from '../../src/handler-types/registry'
import { targetField, targetInput } from '../../src/handler-types/target'

/** Which setting a type's target is, and how the table shows it: whole, masked, or not at all. */
function targetShown(type: (typeof HANDLER_TYPES)[number]) {
  const field = targetField(type)
  const input = field ? targetInput(field) : null
  if (!field || !input) return { field: null, show: 'none' }
  return { field, show: input.secret ? 'secret' : 'whole' }
}

/** The plain page's texts, from the dashboard's own English catalogue. */
export function baselineStrings(): string {
  const strings = {
    noName: en['handlers.noName'],
    targetNone: en['handlers.target.none'],
    never: en['handlers.never'],
    enabled: en['handlers.status.enabled'],
    disabled: en['handlers.status.disabled'],
    pending: en['handlers.status.pending'],
    select: en['bulk.select.row'],
    toggle: en['handlers.toggle.label'],
    menu: en['handlers.actions.menu'],
    unknownType: en['type.unknown'],
    noType: en['type.none'],
    types: Object.fromEntries(HANDLER_TYPES.map((type) => [type, en[`type.${type}`]])),
    targets: Object.fromEntries(HANDLER_TYPES.map((type) => [type, targetShown(type)])),
  }
  return `export const STRINGS = ${JSON.stringify(strings)}\n`
}
