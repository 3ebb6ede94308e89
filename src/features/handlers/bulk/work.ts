// One bulk request for one handler, as the table's bulk actions and the benchmark send it.
import type { ApiClient } from '../../../api/client'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import type { BulkAction } from './plan'

/** What a success changes in the cached lists. */
export type BulkChange = { kind: 'patch'; patch: Partial<Handler> } | { kind: 'remove' }

export function bulkWork(
  client: Pick<ApiClient, 'updateHandler' | 'deleteHandler'>,
  action: BulkAction,
) {
  return async (handler: Handler, signal?: AbortSignal): Promise<BulkChange> => {
    if (action === 'delete') {
      try {
        await client.deleteHandler(handler.id, { signal })
      } catch (error) {
        // Deleted elsewhere already: what the user wanted is done.
        if (!isApiError(error, 'not-found')) throw error
      }
      return { kind: 'remove' }
    }
    const enabled = action === 'enable'
    const { handler: stored } = await client.updateHandler(
      handler.id,
      { isEnabled: enabled },
      { signal },
    )
    // Where the server answers with the handler, the table shows what it really holds.
    return { kind: 'patch', patch: stored ?? { status: enabled ? 'enabled' : 'disabled' } }
  }
}
