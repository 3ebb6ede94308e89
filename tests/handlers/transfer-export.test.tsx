import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { captureDownloads, renderToolbar } from './transfer-helpers'

const env = setupSimulator()

const HANDLERS: SeedHandler[] = [
  { type: 'email', name: 'Ops inbox', settings: { email: 'ops@example.com' } },
  {
    type: 'slack',
    name: '=cmd|calc',
    settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cret' },
    is_enabled: 0,
  },
  { type: 'webhook', name: 'Hook, "main"', settings: { webhook: 'https://example.com/h' } },
]

const today = () => {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

async function exportAs(user: Awaited<ReturnType<typeof renderToolbar>>['user'], format: RegExp) {
  await user.click(screen.getByRole('button', { name: 'Export' }))
  await user.click(await screen.findByRole('menuitem', { name: format }))
  return screen.findByRole('dialog', { name: 'This file contains secret URLs' })
}

describe('export', () => {
  it('saves the selection as JSON after a warning that the file holds secret URLs', async () => {
    const files = captureDownloads()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    const { user } = await renderToolbar()
    await user.click(screen.getByLabelText('Select “Ops inbox”'))
    await user.click(screen.getByLabelText('Select “=cmd|calc”'))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(await screen.findByText('The 2 selected handlers')).toBeInTheDocument()
    await user.click(screen.getByRole('menuitem', { name: /^JSON/ }))

    const warning = await screen.findByRole('dialog', { name: 'This file contains secret URLs' })
    expect(warning).toHaveTextContent('full targets of 2 handlers')
    expect(files).toHaveLength(0)
    await user.click(within(warning).getByRole('button', { name: 'Download' }))

    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]!.name).toBe(`conecto-handlers-${today()}.json`)
    const text = await files[0]!.blob.text()
    expect(text).not.toContain(key)
    const file = JSON.parse(text)
    expect(file.version).toBe(2)
    expect(file.handlers).toEqual([
      {
        name: 'Ops inbox',
        type: 'email',
        settings: { email: 'ops@example.com' },
        status: 'enabled',
      },
      {
        name: '=cmd|calc',
        type: 'slack',
        settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cret' },
        status: 'disabled',
      },
    ])
    expect(
      await screen.findByText(`2 handlers saved to conecto-handlers-${today()}.json.`),
    ).toBeInTheDocument()
  })

  it('saves the whole account as CSV when nothing is selected, loading every page', async () => {
    const files = captureDownloads()
    const many: SeedHandler[] = Array.from({ length: 1203 }, (_, index) => ({
      type: 'webhook',
      name: `Hook ${index + 1}`,
      settings: { webhook: `https://example.com/h/${index + 1}` },
    }))
    const { key } = env.sim.addAccount({ handlers: [...HANDLERS, ...many] })
    signInAs(key)
    const { user } = await renderToolbar()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(await screen.findByText('Every handler of this account')).toBeInTheDocument()
    await user.click(screen.getByRole('menuitem', { name: /^CSV/ }))
    const warning = await screen.findByRole('dialog', { name: 'This file contains secret URLs' })
    expect(warning).toHaveTextContent('every handler of this account')
    env.sim.clearLog()
    await user.click(within(warning).getByRole('button', { name: 'Download' }))

    await waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]!.name).toBe(`conecto-handlers-${today()}.csv`)
    expect(env.sim.requests.map((request) => request.query)).toEqual([
      { page: '1', results_per_page: '1000' },
      { page: '2', results_per_page: '1000' },
    ])
    // Blob.text() drops the byte-order mark that tells spreadsheets the file is UTF-8.
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = (await files[0]!.blob.text()).split('\r\n')
    expect(lines[0]).toBe('name,type,target,status,settings')
    expect(lines.slice(1, 4)).toEqual([
      'Ops inbox,email,ops@example.com,enabled,',
      "'=cmd|calc,slack,https://hooks.slack.com/services/T01/B02/s3cret,disabled,",
      '"Hook, ""main""",webhook,https://example.com/h,enabled,',
    ])
    expect(lines).toHaveLength(1 + 1206 + 1)
  })

  it('saves nothing when the warning is cancelled', async () => {
    const files = captureDownloads()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    const { user } = await renderToolbar()
    const warning = await exportAs(user, /^JSON/)
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(files).toHaveLength(0)
    expect(URL.createObjectURL).not.toHaveBeenCalled()
  })
})

describe('the export menu’s words', () => {
  it.each([
    ['/handlers?type=slack', 'The 1 handler matching the filters'],
    ['/handlers?q=hook', 'The 2 handlers matching the search'],
    ['/handlers?q=hook&status=enabled', 'The 1 handler matching the search and filters'],
    ['/handlers?sort=name', 'The 3 handlers in this view'],
  ])('at %s say “%s”', async (url, label) => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: HANDLERS }).key)
    renderApp(url)
    const exportButton = await screen.findByRole('button', { name: 'Export' })
    await waitFor(() => expect(exportButton).toBeEnabled())
    await user.click(exportButton)
    const menu = await screen.findByRole('menu')
    expect(menu).toHaveTextContent(label)
    if (!url.includes('q=')) expect(menu).not.toHaveTextContent('search')
  })
})
