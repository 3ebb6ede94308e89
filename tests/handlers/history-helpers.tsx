// Shared steps of the recent-changes tests: delete a handler for good, open the drawer.
import { notifications } from '@mantine/notifications'
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { afterEach } from 'vitest'

// Notifications live in a module-wide store: one test's must not show up in the next.
afterEach(() => notifications.clean())

export const SLACK = 'https://hooks.slack.com/services/T0001/B0002/secretsecretXY12'

/** Deletes from the row's menu and closes the undo notice, which sends the delete at once. */
export async function deleteNow(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for “${name}”` }))
  await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
  const notice = (await screen.findByText(`“${name}” was deleted.`)).closest<HTMLElement>(
    '[role="alert"]',
  )!
  await user.click(within(notice).getByRole('button', { name: 'Close' }))
}

export const findDrawer = () => screen.findByRole('dialog', { name: 'Recent changes in this tab' })

export async function openHistory(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Recent changes' }))
  return findDrawer()
}

/** The drawer's entries, newest first. */
export const entries = (drawer: HTMLElement) =>
  within(drawer)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.tagName === 'OL')
