// What a restore sends for one handler's change: a deleted handler is created again (a new id),
// an edit, enable or disable is taken back by sending only the fields it changed.
import type { ApiClient } from '../../../api/client'
import type { Handler, HandlerInput } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { isMessageKey } from '../../../i18n/i18n'
import { handlerFormSchema, renameSchema } from '../form/form-schema'
import { editInput, valuesOf } from '../form/form-values'
import { entriesOf, validateEntry } from '../transfer/import-rows'
import type { Issue } from '../transfer/import-types'
import { transferRow } from '../transfer/transfer-row'
import type { HandlerChange } from './entry'
import { applied } from './record'

export interface RestoreItem {
  /** The item's place in its run, which a retry keeps, so nothing is created twice. */
  index: number
  change: HandlerChange
}

/** A handler the dashboard cannot send back as it was: the form's rules refuse it. */
export class NotRestorable extends Error {
  override readonly name = 'NotRestorable'
  constructor(readonly issue: Issue) {
    super(issue.key)
  }
}

/** A change a restore can take back: one that had a handler before it. */
export const restorable = (change: HandlerChange) => change.before !== null

/**
 * Only what the change altered, as the edit form sends it (the form's own rules and diff):
 * `type` only where it changed, never an unknown type's settings.
 */
export function revertInput(after: Handler, before: Handler): HandlerInput {
  const schema = isKnownType(before.type) ? handlerFormSchema : renameSchema
  const parsed = schema.safeParse(valuesOf(before))
  if (parsed.success && !('type' in parsed.data && parsed.data.type === '')) {
    return editInput(after, parsed.data)
  }
  const message = parsed.error?.issues[0]?.message ?? ''
  throw new NotRestorable({ key: isMessageKey(message) ? message : 'error.unexpected' })
}

/** Sends one item; answers with the handler as it now is. */
export function restoreWork(
  client: Pick<ApiClient, 'createHandler' | 'updateHandler'>,
  created: Map<number, number>,
) {
  return async (
    { index, change: { before, after } }: RestoreItem,
    signal?: AbortSignal,
  ): Promise<Handler> => {
    if (!before) throw new Error('Nothing to restore.')
    if (after) {
      const input = revertInput(after, before)
      const { handler } = await client.updateHandler(after.id, input, { signal })
      return handler ?? applied(after, input)
    }
    const row = validateEntry(entriesOf([before])[0]!, index)
    const problem = row.problems[0]
    if (problem) throw new NotRestorable(problem)
    await transferRow(client, row, created, signal)
    // A new handler starts enabled; one awaiting e-mail confirmation is asked to confirm again.
    const status = before.status === 'disabled' ? 'disabled' : 'enabled'
    return { ...before, id: created.get(index)!, status }
  }
}
