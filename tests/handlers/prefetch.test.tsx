import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../../src/app/query-client'
import { addAccount } from '../../src/session/accounts-store'
import { prefetchTable } from '../../src/features/handlers/prefetch'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const listRequests = () => env.sim.requests.filter((r) => r.path.includes('notification-handlers'))

describe('the table’s first request', () => {
  it('goes out before the first render, and the table then asks for nothing more', async () => {
    signInAs(env.sim.addAccount({ handlers: 60 }).key)
    const queryClient = createQueryClient()

    prefetchTable(queryClient, { pathname: '/handlers', search: '?page=2&per_page=10' })
    await expect.poll(listRequests).toHaveLength(1)
    expect(listRequests()[0]!.query).toMatchObject({ page: '2', results_per_page: '10' })

    renderApp('/handlers?page=2&per_page=10', { queryClient })
    expect(await screen.findByText('11–20 of 60')).toBeInTheDocument()
    expect(listRequests()).toHaveLength(1)
  })

  it('is the table’s own request when the form is open over it', async () => {
    signInAs(env.sim.addAccount({ handlers: 3 }).key)
    const queryClient = createQueryClient()

    prefetchTable(queryClient, { pathname: '/handlers/new', search: '' })
    renderApp('/handlers/new', { queryClient })
    expect(await screen.findByText('1–3 of 3')).toBeInTheDocument()
    expect(listRequests()).toHaveLength(1)
    expect(listRequests()[0]!.query).toMatchObject({ page: '1', results_per_page: '25' })
  })

  it('that failed before the table was drawn is not asked again when it is: the key is', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 3 })
    signInAs(key)
    const queryClient = createQueryClient()
    env.sim.injectFault({ status: 401, times: 1000 })

    prefetchTable(queryClient, { pathname: '/handlers', search: '' })
    await expect.poll(() => queryClient.getQueryCache().getAll()[0]?.state.status).toBe('error')
    renderApp('/handlers', { queryClient })
    const dialog = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    expect(listRequests()).toHaveLength(1)

    env.sim.clearFaults()
    await user.click(within(dialog).getByLabelText('API key'))
    await user.paste(key)
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText('1–3 of 3')).toBeInTheDocument()
    expect(listRequests()).toHaveLength(2)
  })

  it.each([
    ['a search', '/handlers', '?q=ops'],
    ['a filter', '/handlers', '?status=disabled'],
    ['a sort', '/handlers', '?sort=name'],
    ['another screen', '/sign-in', ''],
    ['an address outside the table', '/handlersx', ''],
  ])('is not made early for %s', (_case, pathname, search) => {
    signInAs(env.sim.addAccount({ handlers: 3 }).key)
    const queryClient = createQueryClient()
    prefetchTable(queryClient, { pathname, search })
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })

  it('is not made early without an account, or for the demo, whose simulator starts with the screen', () => {
    const queryClient = createQueryClient()
    prefetchTable(queryClient, { pathname: '/handlers', search: '' })
    addAccount({ kind: 'demo', apiKey: 'demo-key', label: '', remember: false })
    prefetchTable(queryClient, { pathname: '/handlers', search: '' })
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })
})
