import type { ApiClient } from '../../../api/client'
import { createInput } from '../form/form-values'
import type { ImportRow } from './import-rows'

/** The handler was created, but switching it off as the file asked failed. */
export class NotDisabledError extends Error {
  override readonly name = 'NotDisabledError'
  constructor(override readonly cause: unknown) {
    super('created but not disabled')
  }
}

/**
 * Creates one row's handler, then switches it off if it was exported off: the API creates every
 * handler enabled. `created` remembers the ids made, so that a retry after a failed switch-off
 * does not create the handler a second time.
 */
export async function transferRow(
  client: Pick<ApiClient, 'createHandler' | 'updateHandler'>,
  row: ImportRow,
  created: Map<number, number>,
  signal?: AbortSignal,
): Promise<void> {
  if (!row.values) throw new Error('Only valid rows are imported.')
  let id = created.get(row.index)
  if (id === undefined) {
    id = (await client.createHandler(createInput(row.values), { signal })).id
    created.set(row.index, id)
  }
  if (row.status !== 'disabled') return
  try {
    await client.updateHandler(id, { isEnabled: false }, { signal })
  } catch (error) {
    throw new NotDisabledError(error)
  }
}
