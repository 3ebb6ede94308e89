// What each kind of change leaves in the history, called where that change is known to have
// succeeded: once per change, never from the components that asked for it.
import type { Handler, HandlerInput } from '../../../api/types'
import { newEntry, type HandlerChange, type HistoryAction } from './entry'
import { recordChange } from './history-store'

/** A handler as it is after `input` was applied, where the server did not answer with it. */
export function applied(before: Handler, input: HandlerInput): Handler {
  return {
    ...before,
    name: input.name ?? before.name,
    type: input.type ?? before.type,
    settings: input.settings ? { ...input.settings } : before.settings,
    status:
      input.isEnabled === undefined ? before.status : input.isEnabled ? 'enabled' : 'disabled',
  }
}

export function recordSaved(
  accountId: string,
  before: Handler | null,
  after: Handler,
  { copy = false } = {},
) {
  recordChange(accountId, newEntry(before ? 'edit' : copy ? 'copy' : 'create', [{ before, after }]))
}

export function recordToggle(accountId: string, before: Handler, after: Handler) {
  const action = after.status === 'disabled' ? 'disable' : 'enable'
  recordChange(accountId, newEntry(action, [{ before, after }]))
}

export function recordDelete(accountId: string, handler: Handler) {
  recordChange(accountId, newEntry('delete', [{ before: handler, after: null }]))
}

/** A run of many (bulk, import, copy, restore): one entry with an item per handler it changed. */
export function recordRun(accountId: string, action: HistoryAction, changes: HandlerChange[]) {
  recordChange(accountId, newEntry(action, changes))
}
