import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownNames, TABLE_NAME } from './table-helpers'

const env = setupSimulator()

const SPECIAL: SeedHandler[] = [
  { type: 'email', name: 'ایمیل مدیر فنی', settings: { email: 'cto@example.ir' } },
  {
    type: 'webhook',
    name: 'وب‌هوک پنل مدیریت',
    settings: { webhook: 'https://panel.example.ir/h' },
  },
  {
    type: 'slack',
    name: 'Slack #Deploys',
    settings: { slack: 'https://hooks.slack.com/services/T1/B2/deploysTOKEN' },
  },
  { type: 'email', name: 'Café team', settings: { email: 'cafe@example.com' } },
]

/** Ordinary handlers after the special ones, so the account is big enough to need paging. */
function account(filler: number, special = SPECIAL): string {
  const handlers: SeedHandler[] = [...special]
  for (let i = 1; i <= filler; i++) {
    handlers.push({
      type: 'email',
      name: `Inbox ${String(i).padStart(4, '0')}`,
      settings: { email: `box${i}@example.com` },
    })
  }
  return env.sim.addAccount({ handlers }).key
}

const lists = () => env.sim.requests.filter((r) => r.path.includes('notification-handlers'))

async function open(path = '/handlers', language: 'en' | 'fa' = 'en') {
  const view = renderApp(path, { language })
  await screen.findByRole('table', { name: TABLE_NAME })
  return view
}

const query = (path: string) => Object.fromEntries(new URL(path, 'http://localhost').searchParams)

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Inbox ${String(from + i).padStart(4, '0')}`)

const searchBox = () => screen.getByRole('searchbox', { name: /^(Search|جست‌وجو)$/ })

describe('search', () => {
  it('searches the whole account by name, not only the page on screen', async () => {
    const user = userEvent.setup()
    signInAs(account(1200))
    const { location } = await open()
    expect(lists()).toHaveLength(1)

    await user.type(searchBox(), 'inbox 1150')
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 1150']))
    // Two pages of 1000 make the whole account.
    const wholeLoads = lists().filter((r) => r.query.results_per_page === '1000')
    expect(wholeLoads.map((r) => r.query.page)).toEqual(['1', '2'])
    expect(screen.getByText('1 of 1,204 handlers matches.')).toBeInTheDocument()
    await waitFor(() => expect(location()).toBe('/handlers?page=1&per_page=25&q=inbox+1150'))
  })

  it('matches a type by its name in either language', async () => {
    const user = userEvent.setup()
    signInAs(
      account(0, [
        ...SPECIAL,
        {
          type: 'microsoft_teams',
          name: 'Ops room',
          settings: { microsoft_teams: 'https://contoso.webhook.office.com/webhookb2/x' },
        },
      ]),
    )
    await open()
    await user.type(searchBox(), 'اسلک')
    await waitFor(async () => expect(await shownNames()).toEqual(['Slack #Deploys']))
    await user.clear(searchBox())
    await user.type(searchBox(), 'teams')
    await waitFor(async () => expect(await shownNames()).toEqual(['Ops room']))
    await user.clear(searchBox())
    await user.type(searchBox(), 'ایمیل')
    await waitFor(async () => expect(await shownNames()).toEqual(['ایمیل مدیر فنی', 'Café team']))
  })

  it('matches the target, ignores case and accents, and needs every word', async () => {
    const user = userEvent.setup()
    signInAs(account(10))
    await open()

    await user.type(searchBox(), 'HOOKS.SLACK')
    await waitFor(async () => expect(await shownNames()).toEqual(['Slack #Deploys']))
    await user.clear(searchBox())
    await user.type(searchBox(), 'cafe TEAM')
    await waitFor(async () => expect(await shownNames()).toEqual(['Café team']))
    await user.type(searchBox(), ' nobody')
    expect(
      await screen.findByText('No handler matches this search and these filters.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('finds Persian names typed with Arabic letters or without the non-joiner', async () => {
    const user = userEvent.setup()
    signInAs(account(10))
    await open('/handlers', 'fa')

    // ي and ك from an Arabic keyboard.
    await user.type(searchBox(), 'مدير فني')
    await waitFor(async () => expect(await shownNames()).toEqual(['ایمیل مدیر فنی']))
    await user.clear(searchBox())
    await user.type(searchBox(), 'وبهوک')
    await waitFor(async () => expect(await shownNames()).toEqual(['وب‌هوک پنل مدیریت']))
    await user.clear(searchBox())
    await user.type(searchBox(), 'example.ir')
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['ایمیل مدیر فنی', 'وب‌هوک پنل مدیریت']),
    )
  })

  it('restores a search from the URL and goes back to server paging when cleared', async () => {
    const user = userEvent.setup()
    signInAs(account(60))
    const { location } = await open('/handlers?q=inbox+005&per_page=10')
    expect(searchBox()).toHaveValue('inbox 005')
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 0005', ...range(50, 58)]))
    expect(screen.getByText('1–10 of 11')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 0059']))
    expect(location()).toContain('page=2')

    env.sim.clearLog()
    await user.click(screen.getByRole('button', { name: 'Clear the search' }))
    await waitFor(() => expect(query(location())).toEqual({ page: '1', per_page: '10' }))
    expect(await shownNames()).toHaveLength(10)
    expect(await screen.findByText('1–10 of 64')).toBeInTheDocument()
    await waitFor(() => expect(lists()).toHaveLength(1))
    expect(lists()[0]!.query).toMatchObject({ page: '1', results_per_page: '10' })
  })

  it('shows how far a large account has loaded', async () => {
    const user = userEvent.setup()
    signInAs(account(2496))
    await open()
    // The second page waits until the progress has been read.
    const release = env.hold('GET', /page=2&results_per_page=1000/)

    await user.type(searchBox(), 'Inbox 2400')
    // Read in one go: on a busy machine the next page may land between two separate reads.
    await waitFor(
      () => {
        expect(screen.getByText('Loading all handlers: 1,000 of 2,500')).toBeInTheDocument()
        expect(screen.getByRole('progressbar', { name: 'Handlers loaded' })).toHaveAttribute(
          'aria-valuenow',
          '40',
        )
      },
      { timeout: 4000 },
    )
    release()
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 2400']), {
      timeout: 8000,
    })
    expect(screen.queryByText(/Loading all handlers/)).not.toBeInTheDocument()
  }, 20_000)

  it('keeps the loaded account: a second search sends no request', async () => {
    const user = userEvent.setup()
    signInAs(account(30))
    await open()
    await user.type(searchBox(), 'Inbox 0007')
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 0007']))
    const before = lists().length
    await user.clear(searchBox())
    await user.type(searchBox(), 'deploys')
    await waitFor(async () => expect(await shownNames()).toEqual(['Slack #Deploys']))
    expect(lists()).toHaveLength(before)
  })

  it('says when the whole account cannot be loaded, and loads it on retry', async () => {
    const user = userEvent.setup()
    signInAs(account(10))
    await open()
    // The first try and the automatic second one both fail.
    env.sim.injectFault({ path: 'results_per_page=1000', status: 500, times: 2 })
    await user.type(searchBox(), 'deploys')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The handlers could not be loaded')
    expect(alert).toHaveTextContent('The server had a problem')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(async () => expect(await shownNames()).toEqual(['Slack #Deploys']))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
