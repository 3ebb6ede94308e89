import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownRows } from './table-helpers'

const env = setupSimulator()

describe('the handlers table', () => {
  it('shows the first 25 handlers with the account total', async () => {
    signInAs(env.sim.addAccount({ handlers: 60 }).key)
    renderApp('/handlers')
    expect(await shownRows()).toHaveLength(25)
    expect(screen.getByText('60 handlers')).toBeInTheDocument()
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument()
  })

  it('shows each column: name, type, masked target, status and times', async () => {
    signInAs(
      env.sim.addAccount({
        handlers: [
          {
            type: 'slack',
            name: 'Slack #alerts',
            settings: { slack: 'https://hooks.slack.com/services/T01/B02/secretTokenWXYZ' },
            datetime: '2026-01-02 03:04:05',
            last_datetime: null,
          },
          { type: 'email', name: 'Ops', settings: { email: 'ops@example.com' }, is_enabled: 2 },
          {
            type: 'push_subscriber_id',
            name: 'Discord',
            settings: { push_subscriber_id: 'subscriber-tok9' },
            is_enabled: 0,
          },
          { type: null, name: 'Broken', settings: { '': '' } },
        ],
      }).key,
    )
    renderApp('/handlers')
    const [slack, email, subscriber, broken] = await shownRows()

    expect(within(slack!).getByText('Slack')).toBeInTheDocument()
    // The target may wrap only after its slashes: its text comes in pieces.
    const masked = (_: string, element: Element | null) =>
      element?.getAttribute('dir') === 'ltr' &&
      element.textContent === 'https://hooks.slack.com/…WXYZ'
    expect(within(slack!).getByText(masked)).toBeInTheDocument()
    expect(slack!.textContent).not.toContain('secretToken')
    expect(within(slack!).getByText('Enabled')).toBeInTheDocument()
    expect(within(slack!).getByText('Never')).toBeInTheDocument()
    const created = slack!.querySelector('time')!
    expect(created).toHaveAttribute('dateTime', '2026-01-02T03:04:05.000Z')
    expect(created.getAttribute('title')).toMatch(/Jan 2, 2026/)

    expect(within(email!).getByText('ops@example.com')).toBeInTheDocument()
    expect(within(email!).getByText('Awaiting confirmation')).toBeInTheDocument()

    expect(within(subscriber!).getByText('Unknown type: push_subscriber_id')).toBeInTheDocument()
    expect(within(subscriber!).getByText('Disabled')).toBeInTheDocument()

    expect(within(broken!).getByText('No type')).toBeInTheDocument()
  })

  it('says "(no name)" for a name that draws nothing, and shows a name that draws something', async () => {
    const settings = { email: 'a@example.com' }
    signInAs(
      env.sim.addAccount({
        handlers: [
          { type: 'email', name: '\u200c \u200c', settings },
          { type: 'email', name: '\u200f\u2066\u00ad', settings },
          { type: 'email', name: '\u200cنام', settings },
        ],
      }).key,
    )
    renderApp('/handlers')
    const names = (await shownRows()).map((row) => within(row).getAllByRole('cell')[1]!.textContent)
    expect(names).toEqual(['(no name)', '(no name)', '\u200cنام'])
  })

  it('pages forward and back, keeping page and size in the URL', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 60 }).key)
    const { location } = renderApp('/handlers')
    await shownRows()

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(location()).toBe('/handlers?page=2&per_page=25'))
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Last page' }))
    await waitFor(() => expect(location()).toContain('page=3'))
    expect(await shownRows()).toHaveLength(10)

    await user.click(screen.getByRole('button', { name: 'First page' }))
    await waitFor(() => expect(location()).toContain('page=1'))
  })

  it('changes the page size and keeps the first visible row in view', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 120 }).key)
    const { location } = renderApp('/handlers?page=3&per_page=25')
    expect(await screen.findByText('51–75 of 120')).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Per page' }), '50')

    await waitFor(() => expect(location()).toBe('/handlers?page=2&per_page=50'))
    expect(await screen.findByText('51–100 of 120')).toBeInTheDocument()
    expect(await shownRows()).toHaveLength(50)
  })

  it('restores the view from a shared link', async () => {
    signInAs(env.sim.addAccount({ handlers: 40 }).key)
    renderApp('/handlers?page=3&per_page=10')
    expect(await screen.findByText('21–30 of 40')).toBeInTheDocument()
    const pageRequests = env.sim.requests.filter((r) => r.path.includes('notification-handlers'))
    expect(pageRequests).toHaveLength(1)
    expect(pageRequests[0]!.query).toMatchObject({ page: '3', results_per_page: '10' })
  })

  it('falls back to the first page for a page that is not a number', async () => {
    signInAs(env.sim.addAccount({ handlers: 30 }).key)
    renderApp('/handlers?page=abc&per_page=13')
    expect(await screen.findByText('1–25 of 30')).toBeInTheDocument()
  })

  it('explains a page past the end and offers the last page', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 30 }).key)
    renderApp('/handlers?page=9&per_page=10')
    expect(
      await screen.findByText('Page 9 does not exist: this account has 3 pages.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Go to the last page' }))
    expect(await screen.findByText('21–30 of 30')).toBeInTheDocument()
  })

  it('explains an empty account and offers the ways to fill it', async () => {
    signInAs(env.sim.addAccount({ handlers: 0 }).key)
    renderApp('/handlers')
    expect(
      await screen.findByRole('heading', { name: 'No notification handlers yet' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'New handler' })).toHaveAttribute(
      'href',
      '/handlers/new',
    )
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument()
  })

  it('shows skeleton rows while loading', async () => {
    signInAs(env.sim.addAccount({ handlers: 5 }).key)
    env.sim.injectFault({ path: 'notification-handlers', delayMs: 200 })
    renderApp('/handlers')
    expect(await screen.findByRole('status')).toHaveTextContent('Loading handlers…')
    expect(screen.getByRole('table', { name: 'Notification handlers' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
    expect(await shownRows()).toHaveLength(5)
  })

  it('reports a server error and recovers on retry', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 5 }).key)
    // The first try and the automatic second one both fail.
    env.sim.injectFault({ path: 'notification-handlers', status: 500, times: 2 })
    renderApp('/handlers')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The handlers could not be loaded')
    expect(alert).toHaveTextContent('The server had a problem')

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await shownRows()).toHaveLength(5)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says so when the server answers something unreadable', async () => {
    signInAs(env.sim.addAccount({ handlers: 5 }).key)
    env.sim.injectFault({ path: 'notification-handlers', body: '{"data": "nope"}' })
    renderApp('/handlers')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent an answer this dashboard cannot read.',
    )
  })

  it('sends a visitor who is not signed in to sign-in', async () => {
    const { location } = renderApp('/handlers?page=2')
    expect(
      await screen.findByRole('heading', { name: 'Sign in with an API key' }),
    ).toBeInTheDocument()
    expect(location()).toBe('/sign-in')
  })

  it('speaks Persian right to left, with Persian digits', async () => {
    signInAs(env.sim.addAccount({ handlers: 30 }).key)
    renderApp('/handlers', { language: 'fa' })
    expect(await screen.findByRole('heading', { name: 'مقصدهای اطلاع‌رسانی' })).toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(await screen.findByText('۳۰ مقصد')).toBeInTheDocument()
  })
})
