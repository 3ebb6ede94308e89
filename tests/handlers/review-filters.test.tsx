import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownNames } from './table-helpers'

const env = setupSimulator()

const SHARED = 'https://hooks.slack.com/services/T1/B2/sharedTOKEN'
const HANDLERS: SeedHandler[] = [
  {
    type: 'slack',
    name: 'Slack #ops',
    settings: { slack: SHARED },
    datetime: '2026-01-05 10:00:00',
  },
  {
    type: 'slack',
    name: 'Slack #ops (copy)',
    settings: { slack: SHARED },
    datetime: '2026-01-01 10:00:00',
    last_datetime: '2026-03-01 10:00:00',
  },
  {
    type: 'microsoft_teams',
    name: 'Teams NOC (old connector)',
    settings: { microsoft_teams: 'https://outlook.office.com/webhook/abc@def/IncomingWebhook/1/2' },
    datetime: '2026-01-03 10:00:00',
  },
  {
    type: 'webhook',
    name: 'Legacy intranet hook',
    settings: { webhook: 'http://monitor.intranet.example.com/hooks' },
    is_enabled: 0,
    datetime: '2026-01-04 10:00:00',
    last_datetime: '2026-02-01 10:00:00',
  },
  {
    type: 'google_chat',
    name: 'Chat with a typo',
    settings: { google_chat: 'https://chat.example.com/v1/spaces/x' },
    datetime: '2026-01-02 10:00:00',
  },
  {
    type: 'email',
    name: 'Finance inbox',
    settings: { email: 'finance@example.ir', email_is_confirmed: '0' },
    is_enabled: 2,
    datetime: '2026-01-06 10:00:00',
  },
  {
    type: 'x',
    name: 'Telegram bot',
    settings: { x_consumer_key: '123:tok', x_access_token: '9' },
    datetime: '2026-01-07 10:00:00',
  },
  { type: null, name: 'Old escalation', settings: { '': '' }, datetime: '2026-01-08 10:00:00' },
  {
    type: 'email',
    name: 'Work email',
    settings: { email: 'work@example.com' },
    is_enabled: 0,
    datetime: '2026-01-09 10:00:00',
    last_datetime: '2026-04-01 10:00:00',
  },
]

async function open(path: string, handlers: SeedHandler[] = HANDLERS) {
  signInAs(env.sim.addAccount({ handlers }).key)
  const view = renderApp(path)
  await shownNames()
  return view
}

const query = (path: string) => Object.fromEntries(new URL(path, 'http://localhost').searchParams)

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: label }), option)
}

const summary = () => screen.findByRole('region', { name: 'Findings' })
const cell = (name: string) => screen.getByRole('cell', { name }).closest('tr')!

describe('filters', () => {
  it('filters by type, including a type the dashboard does not know and a lost type', async () => {
    const user = userEvent.setup()
    const { location } = await open('/handlers')

    await choose(user, 'Filter by type', 'Unknown type: x')
    await waitFor(async () => expect(await shownNames()).toEqual(['Telegram bot']))
    expect(query(location())).toMatchObject({ type: 'x', page: '1' })

    await choose(user, 'Filter by type', 'No type')
    await waitFor(async () => expect(await shownNames()).toEqual(['Old escalation']))
    await choose(user, 'Filter by type', 'Slack')
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Slack #ops', 'Slack #ops (copy)']),
    )
    await choose(user, 'Filter by type', 'Any type')
    await waitFor(async () => expect(await shownNames()).toHaveLength(HANDLERS.length))
    expect(query(location()).type).toBeUndefined()
  })

  it('filters by status: enabled, disabled, awaiting confirmation', async () => {
    const user = userEvent.setup()
    await open('/handlers')
    await choose(user, 'Filter by status', 'Disabled')
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Legacy intranet hook', 'Work email']),
    )
    await choose(user, 'Filter by status', 'Awaiting confirmation')
    await waitFor(async () => expect(await shownNames()).toEqual(['Finance inbox']))
    await choose(user, 'Filter by status', 'Enabled')
    await waitFor(async () => expect(await shownNames()).toHaveLength(6))
  })

  it('combines search and filters, and clears them all at once', async () => {
    const user = userEvent.setup()
    const { location } = await open('/handlers?type=email')
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'work')
    await waitFor(async () => expect(await shownNames()).toEqual(['Work email']))
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    await waitFor(async () => expect(await shownNames()).toHaveLength(HANDLERS.length))
    expect(query(location())).toEqual({ page: '1', per_page: '25' })
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })
})

describe('findings', () => {
  it('counts each finding above the table and marks each row', async () => {
    await open('/handlers?sort=created')
    const counts = await summary()
    expect(counts).toHaveTextContent('8 of 9 handlers need a look:')
    for (const [label, count] of [
      ['Duplicate target', 2],
      ['Invalid target', 1],
      ['Retired Teams URL', 1],
      ['Plain http', 1],
      ['Unconfirmed address', 1],
      ['Unknown type', 2],
    ] as const) {
      expect(within(counts).getByRole('button', { name: `${label}: ${count}` })).toBeEnabled()
    }
    expect(within(cell('Slack #ops')).getByText('Duplicate target')).toBeInTheDocument()
    expect(
      within(cell('Chat with a typo')).getByTitle(
        'A Google Chat webhook URL starts with https://chat.googleapis.com/.',
      ),
    ).toHaveTextContent('Invalid target')
    expect(within(cell('Teams NOC (old connector)')).getByText('Retired Teams URL')).toBeVisible()
    expect(within(cell('Legacy intranet hook')).getByText('Plain http')).toBeVisible()
    // A pending e-mail says so once, in its status, not a second time as a finding.
    expect(within(cell('Finance inbox')).getByText('Awaiting confirmation')).toBeVisible()
    expect(within(cell('Finance inbox')).queryByText('Unconfirmed address')).toBeNull()
    expect(within(cell('Old escalation')).getByText('Unknown type')).toBeVisible()
    expect(within(cell('Work email')).queryByText(/target|http|type|address/)).toBeNull()
  })

  it('filters by one finding or several, and by any finding', async () => {
    const user = userEvent.setup()
    const { location } = await open('/handlers')
    await user.click(screen.getByRole('button', { name: 'Check all 9 handlers' }))
    const counts = await summary()

    await user.click(within(counts).getByRole('button', { name: 'Retired Teams URL: 1' }))
    await waitFor(async () => expect(await shownNames()).toEqual(['Teams NOC (old connector)']))
    expect(query(location()).finding).toBe('retired')
    await user.click(within(counts).getByRole('button', { name: 'Plain http: 1' }))
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Teams NOC (old connector)', 'Legacy intranet hook']),
    )
    expect(query(location()).finding).toBe('retired,insecure')
    expect(within(counts).getByRole('button', { name: 'Plain http: 1' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    await user.click(within(counts).getByRole('button', { name: 'All with findings' }))
    await waitFor(async () => expect(await shownNames()).toHaveLength(8))
    expect(query(location()).finding).toBe('any')
    expect(screen.getByText('8 of 9 handlers match.')).toBeInTheDocument()

    await user.click(within(counts).getByRole('button', { name: 'All with findings' }))
    await waitFor(async () => expect(await shownNames()).toHaveLength(9))
    expect(query(location()).finding).toBeUndefined()
  })

  it('counts two findings pressed one after the other before the table is drawn again', async () => {
    const user = userEvent.setup()
    const { location } = await open('/handlers')
    await user.click(screen.getByRole('button', { name: 'Check all 9 handlers' }))
    const counts = await summary()

    // The second press lands before the address, and the screen, have caught up with the first.
    act(() => {
      within(counts).getByRole('button', { name: 'Retired Teams URL: 1' }).click()
      within(counts).getByRole('button', { name: 'Plain http: 1' }).click()
    })
    await waitFor(() => expect(query(location()).finding).toBe('retired,insecure'))
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Teams NOC (old connector)', 'Legacy intranet hook']),
    )
  })

  it('looks for findings across the whole account only when asked, while paging on the server', async () => {
    const user = userEvent.setup()
    await open('/handlers?per_page=10', [
      ...HANDLERS.slice(0, 1),
      ...Array.from({ length: 30 }, (_, i) => ({
        type: 'email',
        name: `Box ${i}`,
        settings: { email: `box${i}@example.com` },
      })),
      ...HANDLERS.slice(1, 2),
    ])
    // The twin of the first handler is on the last page: the page alone cannot tell.
    expect(within(cell('Slack #ops')).queryByText('Duplicate target')).toBeNull()
    const lists = () => env.sim.requests.filter((r) => r.path.includes('notification-handlers'))
    expect(lists()).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Check all 32 handlers' }))
    expect(await summary()).toHaveTextContent('2 of 32 handlers need a look:')
    expect(within(cell('Slack #ops')).getByText('Duplicate target')).toBeInTheDocument()
    expect(lists().map((r) => r.query.results_per_page)).toEqual(['10', '1000'])
    expect(screen.getByText('1–10 of 32')).toBeInTheDocument()
  })
})

describe('sort', () => {
  it('sorts by a column header: ascending, descending, then the server’s order', async () => {
    const user = userEvent.setup()
    const { location } = await open('/handlers')
    const header = () => screen.getByRole('columnheader', { name: /^Name/ })

    await user.click(screen.getByRole('button', { name: 'Name' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Chat with a typo'))
    expect(header()).toHaveAttribute('aria-sort', 'ascending')
    expect(query(location())).toMatchObject({ sort: 'name' })
    expect(query(location()).dir).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Name' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Work email'))
    expect(header()).toHaveAttribute('aria-sort', 'descending')
    expect(query(location())).toMatchObject({ sort: 'name', dir: 'desc' })

    await user.click(screen.getByRole('button', { name: 'Name' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Slack #ops'))
    expect(header()).not.toHaveAttribute('aria-sort')
    expect(query(location()).sort).toBeUndefined()
  })

  it('turns the order round on a second press made before the table is drawn again', async () => {
    const { location } = await open('/handlers')

    act(() => {
      screen.getByRole('button', { name: 'Name' }).click()
      screen.getByRole('button', { name: 'Name' }).click()
    })
    await waitFor(() => expect(query(location())).toMatchObject({ sort: 'name', dir: 'desc' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Work email'))
  })

  it('sorts by creation and last change, handlers never changed last', async () => {
    const user = userEvent.setup()
    await open('/handlers')
    await user.click(screen.getByRole('button', { name: 'Created' }))
    await waitFor(async () =>
      expect((await shownNames()).slice(0, 3)).toEqual([
        'Slack #ops (copy)',
        'Chat with a typo',
        'Teams NOC (old connector)',
      ]),
    )
    await user.click(screen.getByRole('button', { name: 'Last changed' }))
    await user.click(screen.getByRole('button', { name: 'Last changed' }))
    await waitFor(async () =>
      expect((await shownNames()).slice(0, 4)).toEqual([
        'Work email',
        'Slack #ops (copy)',
        'Legacy intranet hook',
        'Slack #ops',
      ]),
    )
  })
})

describe('the URL', () => {
  it('restores search, filters, sort and page from a shared link', async () => {
    const handlers = Array.from({ length: 80 }, (_, i): SeedHandler => ({
      type: i % 2 ? 'slack' : 'email',
      name: `Team ${String(i).padStart(2, '0')}`,
      settings: i % 2 ? { slack: `https://hooks.slack.com/T/B/${i}` } : { email: `t${i}@x.com` },
      is_enabled: i % 4 === 1 ? 0 : 1,
    }))
    await open(
      '/handlers?q=team&type=slack&status=enabled&sort=name&dir=desc&page=2&per_page=10',
      handlers,
    )
    await waitFor(async () =>
      expect(await shownNames()).toEqual(
        [39, 35, 31, 27, 23, 19, 15, 11, 7, 3].map((i) => `Team ${String(i).padStart(2, '0')}`),
      ),
    )
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('team')
    expect(screen.getByRole('combobox', { name: 'Filter by type' })).toHaveDisplayValue('Slack')
    expect(screen.getByRole('combobox', { name: 'Filter by status' })).toHaveDisplayValue('Enabled')
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    expect(screen.getByText('11–20 of 20')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
  })
})
