import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src/api/client'
import type { Handler, HandlerPage } from '../../src/api/types'
import type { Account } from '../../src/session/accounts-store'
import { patchHandler, removeHandler } from '../../src/features/handlers/cache'
import { handlerQueries } from '../../src/features/handlers/queries'

const account: Account = { id: 'a', kind: 'server', apiKey: 'k', label: '', remember: false }
// The cache edits never call the client.
const queries = handlerQueries({ account, client: {} as ApiClient })

const handler = (id: number): Handler => ({
  id,
  name: `Handler ${id}`,
  type: 'email',
  settings: { email: `h${id}@example.com` },
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
})
const page = (n: number, ids: number[], total: number): HandlerPage => ({
  items: ids.map(handler),
  page: n,
  perPage: 2,
  total,
  totalPages: Math.ceil(total / 2),
})

/** Page 1 shown, page 2 cached from earlier and marked for a refetch (as after a create). */
function twoPages() {
  const queryClient = new QueryClient()
  const first = queries.list({ page: 1, perPage: 2 }).queryKey
  const second = queries.list({ page: 2, perPage: 2 }).queryKey
  queryClient.setQueryData(first, page(1, [1, 2], 3))
  queryClient.setQueryData(second, page(2, [3], 3))
  void queryClient.invalidateQueries({ queryKey: second, exact: true, refetchType: 'none' })
  return { queryClient, first, second }
}

describe('editing the cached lists', () => {
  it('leaves a list that is due for a refetch due, through a removal and its undoing', () => {
    const { queryClient, first, second } = twoPages()

    const restore = removeHandler(queryClient, queries, 1)
    expect(queryClient.getQueryData<HandlerPage>(second)?.total).toBe(2)
    expect(queryClient.getQueryState(second)?.isInvalidated).toBe(true)
    restore()
    expect(queryClient.getQueryData<HandlerPage>(second)?.total).toBe(3)
    expect(queryClient.getQueryState(second)?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(first)?.isInvalidated).toBe(false)
  })

  it('leaves it due through a patch', () => {
    const { queryClient, second } = twoPages()
    patchHandler(queryClient, queries, 3, { name: 'Renamed' })
    expect(queryClient.getQueryData<HandlerPage>(second)?.items[0]?.name).toBe('Renamed')
    expect(queryClient.getQueryState(second)?.isInvalidated).toBe(true)
  })
})
