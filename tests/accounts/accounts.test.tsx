import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const named = (prefix: string, count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, index) => ({
    type: 'webhook',
    name: `${prefix} ${index + 1}`,
    settings: { webhook: `https://${prefix.toLowerCase()}.example.com/hook/${index}` },
  }))

function everythingStored(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => {
      const key = storage.key(index)!
      return `${key}=${storage.getItem(key)}`
    }).join('\n')
  return `${dump(localStorage)}\n${dump(sessionStorage)}`
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Accounts, current:/ }))
  return screen.findByRole('menu')
}

async function addThroughForm(
  user: ReturnType<typeof userEvent.setup>,
  key: string,
  { label = '', remember = false } = {},
) {
  await user.click(await screen.findByLabelText('API key'))
  await user.paste(key)
  if (label) await user.type(screen.getByLabelText('Label (optional)'), label)
  if (remember) await user.click(screen.getByLabelText('Remember on this device'))
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

/** Gives a key to the renewal dialog once it asks, and returns the dialog. */
async function renewWith(user: ReturnType<typeof userEvent.setup>, key: string) {
  const dialog = await screen.findByRole('dialog', { name: 'Enter the API key again' })
  const input = within(dialog).getByLabelText('API key')
  await user.clear(input)
  await user.paste(key)
  await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
  return dialog
}

describe('where keys are kept', () => {
  it('keeps a key for this tab only unless asked to remember it', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 1 })
    renderApp('/sign-in')
    await addThroughForm(user, key, { label: 'Client A' })
    await screen.findByText('1 handler')
    expect(JSON.parse(sessionStorage.getItem('conecto.accounts')!)).toEqual([
      {
        id: expect.any(String),
        kind: 'server',
        apiKey: key,
        label: 'Client A',
        remember: false,
        owner: expect.any(String),
      },
    ])
    expect(localStorage.getItem('conecto.accounts')).toBeNull()
  })

  it('remembers a key on this device when asked, and nothing else about the account', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ name: 'Acme', email: 'a@acme.example', handlers: 2 })
    renderApp('/sign-in')
    await addThroughForm(user, key, { remember: true })
    await screen.findByText('2 handlers')
    const stored = JSON.parse(localStorage.getItem('conecto.accounts')!)
    expect(stored).toEqual([
      {
        id: expect.any(String),
        kind: 'server',
        apiKey: key,
        label: '',
        remember: true,
        owner: expect.any(String),
      },
    ])
    expect(everythingStored()).not.toMatch(/Acme|a@acme|webhook/)
  })
})

describe('several accounts', () => {
  it('adds a second account without signing out, and switches back and forth', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 2) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 3) })
    signInAs(a.key, { label: 'Alpha Co' })
    renderApp('/handlers')
    expect(await screen.findByText('Alpha 1')).toBeInTheDocument()

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Add an account' }))
    expect(await screen.findByRole('heading', { name: 'Add an account' })).toBeInTheDocument()
    await addThroughForm(user, b.key, { label: 'Bravo Co' })
    expect(await screen.findByText('Bravo 1')).toBeInTheDocument()
    expect(screen.queryByText('Alpha 1')).not.toBeInTheDocument()

    const menu = await openMenu(user)
    const alpha = within(menu).getByRole('menuitemradio', { name: 'Alpha Co' })
    expect(alpha).toHaveAttribute('aria-checked', 'false')
    expect(within(menu).getByRole('menuitemradio', { name: 'Bravo Co' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await user.click(alpha)
    expect(await screen.findByText('Alpha 1')).toBeInTheDocument()
    expect(screen.queryByText('Bravo 1')).not.toBeInTheDocument()
  })

  it('selects the existing account when the same key is added again', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: 1 })
    signInAs(a.key, { label: 'Only one' })
    renderApp('/accounts/add')
    // The header reads the account's profile once; the form must add nothing to that.
    await waitFor(() => expect(env.sim.requests.length).toBeGreaterThan(0))
    const before = env.sim.requests.length
    await addThroughForm(user, `  ${a.key}  `)
    await screen.findByText('1 handler')
    expect(JSON.parse(sessionStorage.getItem('conecto.accounts')!)).toHaveLength(1)
    expect(env.sim.requests.slice(before).map((request) => request.path)).toEqual([
      '/api/notification-handlers/?page=1&results_per_page=25',
    ])
  })

  it('never shows the previous account after a switch, even when its answer comes late', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 2) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 2) })
    signInAs(b.key, { label: 'Bravo Co' })
    signInAs(a.key, { label: 'Alpha Co' })
    // Alpha's page is slow to come.
    env.sim.injectFault({ path: 'notification-handlers', delayMs: 400 })
    renderApp('/handlers')
    await screen.findByRole('status')

    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: 'Bravo Co' }))
    expect(await screen.findByText('Bravo 1')).toBeInTheDocument()
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)))
    expect(screen.queryByText(/Alpha \d/)).not.toBeInTheDocument()
    expect(screen.getByText('Bravo 2')).toBeInTheDocument()
  })
})

describe('signing out', () => {
  it('of one account keeps the others and forgets its key and data', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 1) })
    signInAs(b.key, { label: 'Bravo Co', remember: true })
    const alpha = signInAs(a.key, { label: 'Alpha Co' })
    const { queryClient } = renderApp('/handlers')
    await screen.findByText('Alpha 1')

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Sign out' }))
    expect(await screen.findByText('Bravo 1')).toBeInTheDocument()
    expect(everythingStored()).not.toContain(a.key)
    expect(everythingStored()).toContain(b.key)
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => JSON.stringify(query.queryKey))
    expect(keys.join()).not.toContain(alpha.id)
  })

  it('leaves no sign-in holding the key among its variables', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 1) })
    signInAs(b.key, { label: 'Bravo Co' })
    const { queryClient } = renderApp('/handlers')
    await screen.findByText('Bravo 1')
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Add an account' }))
    await addThroughForm(user, a.key, { label: 'Alpha Co' })
    await screen.findByText('Alpha 1')
    const variables = () =>
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => JSON.stringify(mutation.state.variables ?? null))
        .join()
    expect(variables()).toContain(a.key)

    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Sign out' }))
    expect(await screen.findByText('Bravo 1')).toBeInTheDocument()
    expect(variables()).not.toContain(a.key)
  })

  it("in another tab takes the account's data out of this one too", async () => {
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 1) })
    signInAs(b.key, { label: 'Bravo Co' })
    const alpha = signInAs(a.key, { label: 'Alpha Co', remember: true })
    const { queryClient } = renderApp('/handlers')
    await screen.findByText('Alpha 1')
    const cachedFor = (id: string) =>
      queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => JSON.stringify(query.queryKey).includes(id))
    expect(cachedFor(alpha.id)).not.toHaveLength(0)

    // The other tab signed out of the remembered account: the browser tells this one.
    localStorage.removeItem('conecto.accounts')
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'conecto.accounts', storageArea: localStorage }),
      )
    })
    expect(await screen.findByText('Bravo 1')).toBeInTheDocument()
    expect(cachedFor(alpha.id)).toHaveLength(0)
    expect(everythingStored()).not.toContain(a.key)
  })

  it('of all accounts leaves no key and no handler data behind', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 1) })
    signInAs(b.key, { remember: true })
    signInAs(a.key)
    const { queryClient } = renderApp('/handlers')
    await screen.findByText('Alpha 1')

    await user.click(
      within(await openMenu(user)).getByRole('menuitem', { name: 'Sign out of all accounts' }),
    )
    expect(
      await screen.findByRole('heading', { name: 'Sign in with an API key' }),
    ).toBeInTheDocument()
    const stored = everythingStored()
    for (const secret of [a.key, b.key, 'Alpha', 'Bravo', 'example.com']) {
      expect(stored).not.toContain(secret)
    }
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
  })
})

describe('a key that stops working', () => {
  it('is asked for again in place, then the table loads', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 2) })
    signInAs(a.key, { label: 'Alpha Co' })
    env.sim.injectFault({ path: 'notification-handlers', status: 401 })
    renderApp('/handlers?page=1&per_page=10')

    const dialog = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    expect(dialog).toHaveTextContent('no longer accepts the key of “Alpha Co”')
    await user.click(within(dialog).getByLabelText('API key'))
    await user.paste(a.key)
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))

    expect(await screen.findByText('Alpha 1')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('can be dismissed, and asked for again from the error', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    signInAs(a.key)
    env.sim.injectFault({ path: 'notification-handlers', status: 401 })
    renderApp('/handlers')
    const dialog = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your API key is no longer accepted.')
    await user.click(within(alert).getByRole('button', { name: 'Sign in again' }))
    const again = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    await user.click(within(again).getByLabelText('API key'))
    await user.paste(a.key)
    await user.click(within(again).getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText('Alpha 1')).toBeInTheDocument()
  })

  it('refuses a key that does not work either', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: 1 })
    signInAs(a.key)
    env.sim.injectFault({ path: 'notification-handlers', status: 401 })
    renderApp('/handlers')
    const dialog = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    await user.click(within(dialog).getByLabelText('API key'))
    await user.paste('ffffffffffffffffffffffffffffffff')
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server did not accept this key.',
    )
    await waitFor(() => expect(everythingStored()).toContain(a.key))
  })

  it("refuses another account's key, which would show its handlers under this name", async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({ handlers: named('Alpha', 1) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 1) })
    signInAs(a.key, { label: 'Alpha Co' })
    env.sim.injectFault({ path: 'notification-handlers', status: 401, times: 1 })
    renderApp('/handlers')
    const dialog = await renewWith(user, b.key)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This key belongs to another account, not to Alpha Co.',
    )
    expect(everythingStored()).toContain(a.key)
    expect(everythingStored()).not.toContain(b.key)
    expect(screen.queryByText('Bravo 1')).not.toBeInTheDocument()
  })

  it("tells another account's key by the handlers it cannot read where the server has no profile", async () => {
    const user = userEvent.setup()
    env.sim.setDialect('documented')
    const a = env.sim.addAccount({ handlers: named('Alpha', 3) })
    const b = env.sim.addAccount({ handlers: named('Bravo', 3) })
    signInAs(a.key, { label: 'Alpha Co' })
    renderApp('/handlers')
    await screen.findByText('Alpha 1')
    // The write and the key check after it are both refused: the key has stopped working.
    env.sim.injectFault({ status: 401, times: 2 })
    await user.click(screen.getByRole('switch', { name: /Alpha 1/ }))
    const dialog = await renewWith(user, b.key)
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This key belongs to another account, not to Alpha Co.',
    )

    await renewWith(user, a.key)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(everythingStored()).not.toContain(b.key)
  })
})
