import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import type { SeedHandler, StoredHandler } from '../../src/sim/simulator'
import { signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { captureDownloads, fileOf, renderToolbar } from './transfer-helpers'

const env = setupSimulator()

type User = Awaited<ReturnType<typeof renderToolbar>>['user']

// As a create through the API stores them, so that a restore can be compared field by field.
const ORIGINALS: SeedHandler[] = [
  {
    type: 'email',
    name: 'Ops inbox',
    settings: { email: 'ops@example.com', email_is_confirmed: '1' },
  },
  {
    type: 'slack',
    name: 'Slack, "alerts"',
    settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cret' },
    is_enabled: 0,
  },
  { type: 'webhook', name: '=SUM(A1)', settings: { webhook: 'https://example.com/hook' } },
  {
    type: 'microsoft_teams',
    name: 'هشدارهای تیم',
    settings: { microsoft_teams: 'https://contoso.webhook.office.com/webhookb2/abc' },
  },
  {
    type: 'google_chat',
    name: 'Chat',
    settings: { google_chat: 'https://chat.googleapis.com/v1/spaces/AAA/messages?key=k' },
    is_enabled: 0,
  },
  { type: 'internal_notification', name: 'In-app', settings: { internal_notification: '' } },
]

const comparable = (handlers: StoredHandler[]) =>
  handlers
    .map(({ type, name, settings, is_enabled }) => ({ type, name, settings, is_enabled }))
    .sort((a, b) => a.name.localeCompare(b.name))

const creates = () =>
  env.sim.requests.filter(
    (request) => request.method === 'POST' && request.path.endsWith('/notification-handlers'),
  )

async function openImport(user: User, file: File) {
  await user.click(screen.getByRole('button', { name: 'Import' }))
  const dialog = await screen.findByRole('dialog', { name: /^Import handlers into/ })
  await user.upload(within(dialog).getByLabelText('JSON or CSV file to import'), file)
  return dialog
}

/** An empty account named “Client A”, signed in, with the import dialog open on `file`. */
async function importIntoEmptyAccount(file: File) {
  const { key } = env.sim.addAccount({ handlers: [] })
  signInAs(key, { label: 'Client A' })
  const { user } = await renderToolbar()
  return { key, user, dialog: await openImport(user, file) }
}

const rowOf = (dialog: HTMLElement, line: number) =>
  within(dialog)
    .getByRole('checkbox', { name: `Import row ${line}` })
    .closest('tr')!

async function confirm(user: User, dialog: HTMLElement, name: string) {
  await user.click(await within(dialog).findByRole('button', { name }))
}

describe('export, delete, import', () => {
  it.each(['JSON', 'CSV'])('restores the same handlers from %s', async (format) => {
    const files = captureDownloads()
    const { key } = env.sim.addAccount({ handlers: ORIGINALS })
    signInAs(key, { label: 'Client A' })
    const before = comparable(env.sim.handlersOf(key))
    const { user } = await renderToolbar()

    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: new RegExp(`^${format}`) }))
    const warning = await screen.findByRole('dialog', { name: 'This file contains secret URLs' })
    await user.click(within(warning).getByRole('button', { name: 'Download' }))
    await waitFor(() => expect(files).toHaveLength(1))

    const client = createApiClient({ baseUrl: '/api', apiKey: key })
    for (const handler of env.sim.handlersOf(key)) await client.deleteHandler(handler.id)
    expect(env.sim.handlersOf(key)).toEqual([])

    const exported = files[0]!
    const dialog = await openImport(user, new File([exported.blob], exported.name))
    expect(await within(dialog).findByRole('table', { name: 'Rows to import' })).toBeInTheDocument()
    expect(within(dialog).getAllByText('Ready')).toHaveLength(6)
    await confirm(user, dialog, 'Create 6 handlers in “Client A”')

    expect(
      await within(dialog).findByText('6 handlers were created in “Client A”.'),
    ).toBeInTheDocument()
    expect(comparable(env.sim.handlersOf(key))).toEqual(before)
  })
})

describe('the three states, through a file', () => {
  it.each(['JSON', 'CSV'])(
    'come back from %s as enabled, disabled and awaiting confirmation',
    async (format) => {
      const files = captureDownloads()
      const { key } = env.sim.addAccount({
        handlers: [
          { type: 'email', name: 'Waiting', settings: { email: 'new@example.com' }, is_enabled: 2 },
          ...ORIGINALS.slice(1, 3),
        ],
      })
      signInAs(key, { label: 'Client A' })
      const { user } = await renderToolbar()
      await user.click(screen.getByRole('button', { name: 'Export' }))
      await user.click(await screen.findByRole('menuitem', { name: new RegExp(`^${format}`) }))
      const warning = await screen.findByRole('dialog', { name: 'This file contains secret URLs' })
      await user.click(within(warning).getByRole('button', { name: 'Download' }))
      await waitFor(() => expect(files).toHaveLength(1))

      const exported = files[0]!
      const dialog = await openImport(user, new File([exported.blob], exported.name))
      await within(dialog).findByRole('table', { name: 'Rows to import' })
      // A CSV's rows are named by their line, after the header; a JSON's by their place.
      const first = format === 'CSV' ? 2 : 1
      const states = [first, first + 1, first + 2].map((line) =>
        within(rowOf(dialog, line)).queryAllByText(/^(Enabled|Disabled|Awaiting confirmation)$/),
      )
      expect(states.map((found) => found.map((cell) => cell.textContent))).toEqual([
        ['Awaiting confirmation'],
        ['Disabled'],
        ['Enabled'],
      ])
    },
  )
})

describe('the preview', () => {
  const CSV = [
    'Name,Type,Target,Enabled',
    'Good,email,good@example.com,true',
    ',email,noname@example.com,true',
    `${'x'.repeat(129)},webhook,https://example.com/a,`,
    'Tele,x,123:abc,',
    'Plain,webhook,http://example.com/h,',
    'Slackish,slack,https://example.com/s,',
    'Old Teams,microsoft_teams,https://outlook.office.com/webhook/x,false',
    '<img src=x onerror=alert(1)>Ops,email,ops2@example.com,',
    '\u202eevil\u202c,email,evil@example.com,',
    'Unsure,email,unsure@example.com,maybe',
    'Mail,email,not-an-address,',
  ].join('\n')

  it('checks every row with the form’s rules and preselects the valid ones', async () => {
    const { key, user, dialog } = await importIntoEmptyAccount(fileOf('handlers.csv', CSV))
    await within(dialog).findByRole('table', { name: 'Rows to import' })

    const expectations: [number, string, boolean][] = [
      [2, 'Ready', true],
      [3, 'Give the handler a name.', false],
      [4, 'At most 128 characters: the server would cut the rest without telling you.', false],
      [5, 'The dashboard cannot create handlers of type “x”.', false],
      [6, 'Use an https:// address: alerts must not travel unencrypted.', false],
      [7, 'A Slack webhook URL starts with https://hooks.slack.com/.', false],
      [8, 'Microsoft has retired the connector URLs', true],
      [9, 'The server removes HTML tags from names', true],
      [10, 'Invisible direction characters were removed from the name.', true],
      [11, 'The enabled column must be true or false, not “maybe”.', false],
      [12, 'Enter a real e-mail address, such as name@example.com.', false],
    ]
    for (const [line, message, importable] of expectations) {
      const row = rowOf(dialog, line)
      expect(row, `row ${line}`).toHaveTextContent(message)
      const checkbox = within(row).getByRole('checkbox')
      if (importable) expect(checkbox, `row ${line}`).toBeChecked()
      else expect(checkbox, `row ${line}`).toBeDisabled()
    }

    // A name is shown as text: the markup is neither run nor rendered.
    expect(dialog.querySelector('img')).toBeNull()
    expect(within(rowOf(dialog, 9)).getByText('Ops')).toBeInTheDocument()
    expect(rowOf(dialog, 9)).toHaveTextContent('The file says: <img src=x onerror=alert(1)>Ops')
    expect(within(rowOf(dialog, 10)).getByText('evil')).toBeInTheDocument()
    expect(within(dialog).getByRole('radio', { name: 'Problems (7)' })).toBeInTheDocument()
    expect(within(dialog).getByText('4 of 11 rows selected')).toBeInTheDocument()

    await user.click(within(rowOf(dialog, 8)).getByRole('checkbox'))
    await confirm(user, dialog, 'Create 3 handlers in “Client A”')
    await within(dialog).findByText('3 handlers were created in “Client A”.')
    const stored = env.sim.handlersOf(key)
    expect(stored.map((handler) => handler.name).sort()).toEqual(['Good', 'Ops', 'evil'])
    expect(
      creates()
        .map((request) => request.fields?.name)
        .sort(),
    ).toEqual(['Good', 'Ops', 'evil'])
  })

  it('marks rows whose target the account already has, and leaves them unticked', async () => {
    const { key } = env.sim.addAccount({
      handlers: [
        { type: 'email', name: 'Ops', settings: { email: 'ops@example.com' } },
        { type: 'internal_notification', name: 'In-app', settings: { internal_notification: '' } },
      ],
    })
    signInAs(key, { label: 'Client A' })
    const { user } = await renderToolbar()
    const file = JSON.stringify({
      version: 1,
      handlers: [
        { name: 'Ops again', type: 'email', settings: { email: 'OPS@example.com' }, enabled: true },
        {
          name: 'New hook',
          type: 'webhook',
          settings: { webhook: 'https://example.com/n' },
          enabled: true,
        },
        {
          name: 'Same hook',
          type: 'webhook',
          settings: { webhook: 'https://example.com/n' },
          enabled: true,
        },
        { name: 'Bell', type: 'internal_notification', settings: {}, enabled: true },
      ],
    })
    const dialog = await openImport(user, fileOf('handlers.json', file, 'application/json'))
    await within(dialog).findByRole('table', { name: 'Rows to import' })

    expect(rowOf(dialog, 1)).toHaveTextContent('The account already sends to this destination.')
    expect(rowOf(dialog, 3)).toHaveTextContent('Same destination as row 2.')
    for (const line of [1, 3]) {
      const checkbox = within(rowOf(dialog, line)).getByRole('checkbox')
      expect(checkbox).not.toBeChecked()
      expect(checkbox).toBeEnabled()
    }
    // An in-app handler has no target to share: a second one is not a duplicate.
    expect(rowOf(dialog, 4)).toHaveTextContent('Ready')
    for (const line of [2, 4])
      expect(within(rowOf(dialog, line)).getByRole('checkbox')).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: 'Already there (2)' })).toBeInTheDocument()

    await user.click(within(rowOf(dialog, 1)).getByRole('checkbox'))
    await confirm(user, dialog, 'Create 3 handlers in “Client A”')
    await within(dialog).findByText('3 handlers were created in “Client A”.')
    expect(env.sim.handlersOf(key).map((handler) => handler.name)).toEqual([
      'Ops',
      'In-app',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ])
  })

  it('waits for the account’s handlers before anything can be confirmed, and can retry', async () => {
    const { key } = env.sim.addAccount({ handlers: [] })
    signInAs(key, { label: 'Client A' })
    const { user } = await renderToolbar()
    // Both the load and the query client's one retry fail.
    env.sim.injectFault({ method: 'GET', path: 'results_per_page=1000', status: 500, times: 2 })
    const dialog = await openImport(
      user,
      fileOf('h.csv', 'name,type,target\nA,email,a@example.com'),
    )

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The handlers of “Client A” could not be loaded, so duplicates cannot be marked.',
    )
    expect(within(dialog).queryByRole('button', { name: /^Create/ })).not.toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await confirm(user, dialog, 'Create 1 handler in “Client A”')
    await within(dialog).findByText('1 handler was created in “Client A”.')
  })

  it('shows numbers in Persian digits and messages in Persian', async () => {
    const { key } = env.sim.addAccount({ handlers: [] })
    signInAs(key, { label: 'الف' })
    const { user } = await renderToolbar({ language: 'fa' })
    await user.click(screen.getByRole('button', { name: 'ورود از فایل' }))
    const dialog = await screen.findByRole('dialog')
    const csv = 'name,type,target\nیک,email,a@example.com\nدو,email,b@example.com\nسه,email,bad\n'
    await user.upload(
      within(dialog).getByLabelText('فایل JSON یا CSV برای ورود'),
      fileOf('a.csv', csv),
    )
    expect(
      await within(dialog).findByRole('button', { name: 'ساخت ۲ مقصد در «\u2068الف\u2069»' }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('checkbox', { name: 'ورود ردیف ۴' })).toBeDisabled()
  })
})

describe('a file that cannot be imported', () => {
  const TEN_THOUSAND =
    'name,type,target\n' +
    Array.from({ length: 10_000 }, (_, index) => `H${index},email,h${index}@example.com`).join('\n')

  it.each([
    [
      'a spreadsheet',
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe])], 'handlers.xlsx'),
      'This is not a JSON or CSV file: it is not plain text.',
    ],
    ['an empty file', fileOf('empty.csv', ''), 'The file is empty.'],
    [
      'a CSV with unknown columns',
      fileOf('h.csv', 'name,type,target,colour\nA,email,a@example.com,red'),
      'The CSV has columns this dashboard does not know: “colour”.',
    ],
    [
      'a file of 10,000 rows',
      fileOf('many.csv', TEN_THOUSAND),
      'The file lists 10,000 handlers, and one import takes at most 5,000. Split it into smaller files. Nothing was imported.',
    ],
    ['broken JSON', fileOf('h.json', '{"handlers": [{"name": "A"'), 'is not valid JSON'],
  ])('refuses %s with a clear message', async (_, file, message) => {
    const { key } = env.sim.addAccount({ handlers: [] })
    signInAs(key)
    const { user } = await renderToolbar()
    const dialog = await openImport(user, file)
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This file cannot be imported')
    expect(alert).toHaveTextContent(message)
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument()
    expect(creates()).toEqual([])

    // The same dialog takes a better file.
    await user.upload(
      within(dialog).getByLabelText('JSON or CSV file to import'),
      fileOf('ok.csv', 'name,type,target\nA,email,a@example.com'),
    )
    expect(await within(dialog).findByRole('table', { name: 'Rows to import' })).toBeInTheDocument()
  })
})

describe('the queue', () => {
  const rows = (count: number, enabled = 'true') =>
    'name,type,target,enabled\n' +
    Array.from(
      { length: count },
      (_, i) => `Hook ${i + 1},webhook,https://example.com/${i + 1},${enabled}`,
    ).join('\n')

  it('reports partial failures with the reason, and retries only the failed', async () => {
    const { key, user, dialog } = await importIntoEmptyAccount(fileOf('h.csv', rows(5)))
    env.sim.injectFault({ method: 'POST', path: /notification-handlers$/, status: 500, times: 2 })
    await confirm(user, dialog, 'Create 5 handlers in “Client A”')

    const report = await within(dialog).findByRole('status')
    await waitFor(() => expect(report).toHaveTextContent('Finished, with failures'))
    expect(report).toHaveTextContent('3 handlers were created in “Client A”.')
    expect(report).toHaveTextContent('2 could not be created.')
    const failures = within(dialog).getByRole('table', { name: 'Rows that failed' })
    expect(
      within(failures).getAllByText('The server had a problem. Try again in a moment.'),
    ).toHaveLength(2)
    expect(env.sim.handlersOf(key)).toHaveLength(3)
    // The account's handler list is loaded again with what was created.
    expect(await screen.findAllByLabelText(/^Select “Hook \d”$/)).toHaveLength(3)

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed' }))
    expect(
      await within(dialog).findByText('5 handlers were created in “Client A”.'),
    ).toBeInTheDocument()
    expect(
      within(dialog).queryByRole('table', { name: 'Rows that failed' }),
    ).not.toBeInTheDocument()
    expect(
      env.sim
        .handlersOf(key)
        .map((handler) => handler.name)
        .sort(),
    ).toEqual(['Hook 1', 'Hook 2', 'Hook 3', 'Hook 4', 'Hook 5'])
    expect(creates()).toHaveLength(7)
  })

  it('switches off rows exported as off, and a retry does not create them twice', async () => {
    const { key, user, dialog } = await importIntoEmptyAccount(fileOf('h.csv', rows(1, 'false')))
    env.sim.injectFault({ method: 'POST', path: /notification-handlers\/\d+$/, status: 500 })
    await confirm(user, dialog, 'Create 1 handler in “Client A”')

    const failures = await within(dialog).findByRole('table', { name: 'Rows that failed' })
    expect(failures).toHaveTextContent(
      'Created, but it could not be switched off: The server had a problem. Try again in a moment.',
    )
    expect(env.sim.handlersOf(key)).toMatchObject([{ name: 'Hook 1', is_enabled: 1 }])

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed' }))
    await within(dialog).findByText('1 handler was created in “Client A”.')
    expect(env.sim.handlersOf(key)).toMatchObject([{ name: 'Hook 1', is_enabled: 0 }])
    expect(creates()).toHaveLength(1)
  })

  it('stops when the key stops working and asks for it again; all six can be retried', async () => {
    const { key, user, dialog } = await importIntoEmptyAccount(fileOf('h.csv', rows(6)))
    // The dialog's own read of the account (for duplicates) is done before the key goes.
    await within(dialog).findByRole('button', { name: 'Create 6 handlers in “Client A”' })
    // The first three creates are refused, and so is the check of the key: the key is gone.
    env.sim.injectFault({ method: 'POST', path: /notification-handlers$/, status: 401, times: 3 })
    env.sim.injectFault({ method: 'GET', path: 'notification-handlers', status: 401, times: 20 })
    await confirm(user, dialog, 'Create 6 handlers in “Client A”')

    expect(
      await screen.findByRole('dialog', { name: 'Enter the API key again' }),
    ).toBeInTheDocument()
    // As for bulk work: what the lost key left undone failed with it, to be retried.
    const failures = await within(dialog).findByRole('table', { name: 'Rows that failed' })
    const reasons = within(failures).getAllByRole('row').slice(1)
    expect(reasons).toHaveLength(6)
    for (const row of reasons) {
      expect(row).toHaveTextContent('Your API key is no longer accepted. Sign in again.')
    }
    expect(within(dialog).getByRole('button', { name: 'Retry the failed' })).toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: /^Carry on/ })).toBeNull()
    // The three in flight when the key was lost; none started after it.
    expect(creates()).toHaveLength(3)
    expect(env.sim.handlersOf(key)).toHaveLength(0)
  })

  it('shows progress, and cancel stops after the requests in flight', async () => {
    const { key, user, dialog } = await importIntoEmptyAccount(fileOf('h.csv', rows(7)))
    // The first three (the queue runs three at once) answer slowly: cancel lands while they are out.
    env.sim.injectFault({ method: 'POST', path: /notification-handlers$/, delayMs: 1000, times: 3 })
    await confirm(user, dialog, 'Create 7 handlers in “Client A”')

    const progress = await within(dialog).findByRole('progressbar', { name: 'Progress' })
    expect(progress).toHaveAttribute('aria-valuetext', '0 of 7')
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument()
    const leaving = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(leaving)
    expect(leaving.defaultPrevented).toBe(true)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(
      within(dialog).getByRole('button', { name: 'Stopping after the requests already sent…' }),
    ).toBeDisabled()

    const report = await within(dialog).findByRole('status', {}, { timeout: 3000 })
    expect(report).toHaveTextContent('Cancelled')
    expect(report).toHaveTextContent('3 handlers were created in “Client A”.')
    expect(report).toHaveTextContent('4 were not started because you cancelled.')
    expect(env.sim.handlersOf(key)).toHaveLength(3)
    expect(creates()).toHaveLength(3)
    const leavingNow = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(leavingNow)
    expect(leavingNow.defaultPrevented).toBe(false)

    await user.click(
      within(dialog).getByRole('button', { name: 'Carry on with the 4 not started' }),
    )
    expect(
      await within(dialog).findByText(
        '7 handlers were created in “Client A”.',
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument()
    expect(env.sim.handlersOf(key)).toHaveLength(7)
  })
})
