// A handler just created may land on a page far from the one on screen: its notification's
// "Show it" opens the page that holds it, in the view's own order, and focuses its row.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { chooseType, fill, formDialog, nameField, submitButton } from './form-helpers'

const env = setupSimulator()

const INBOXES: SeedHandler[] = Array.from({ length: 30 }, (_, i) => ({
  type: 'email',
  name: `Inbox ${String(i + 1).padStart(2, '0')}`,
  settings: { email: `box${i + 1}@example.com` },
}))

async function createFrom(url: string, name: string) {
  const user = userEvent.setup()
  signInAs(env.sim.addAccount({ handlers: INBOXES }).key)
  const view = renderApp(url)
  await user.click(await screen.findByRole('link', { name: 'New handler' }))
  const dialog = await formDialog('New handler')
  await fill(user, nameField(dialog), name)
  await chooseType(user, 'In-app notification')
  await user.click(await submitButton())
  const notice = await screen.findByText(`“${name}” was created.`)
  return { user, notice: notice.closest<HTMLElement>('.mantine-Notification-root')!, ...view }
}

const focusedName = () =>
  (document.activeElement as HTMLTableRowElement | null)?.cells?.[1]?.textContent

describe('“Show it” on a new handler’s notification', () => {
  it('opens the last page of the server’s order, where it landed, and focuses its row', async () => {
    const { user, notice, location } = await createFrom('/handlers?page=1&per_page=25', 'Pager')
    expect(screen.queryByRole('cell', { name: 'Pager' })).toBeNull()
    await user.click(within(notice).getByRole('button', { name: 'Show it' }))
    await waitFor(() => expect(location()).toBe('/handlers?page=2&per_page=25'))
    await waitFor(() => expect(focusedName()).toBe('Pager'))
  })

  it('finds it in a sorted view’s order', async () => {
    const { user, notice, location } = await createFrom(
      '/handlers?sort=name&dir=desc&per_page=25',
      'Aardvark',
    )
    await user.click(within(notice).getByRole('button', { name: 'Show it' }))
    await waitFor(() => expect(location()).toBe('/handlers?sort=name&dir=desc&per_page=25&page=2'))
    await waitFor(() => expect(focusedName()).toBe('Aardvark'))
  })
})
