import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, fill, formDialog, writes } from './form-helpers'

const env = setupSimulator()

async function openNew() {
  const user = userEvent.setup()
  signInAs(env.sim.addAccount({ handlers: 3 }).key)
  const view = renderApp('/handlers/new?page=1&per_page=25')
  const dialog = await formDialog('New handler')
  const name = within(dialog).getByRole('textbox', { name: /^Name/ })
  return { user, dialog, name, ...view }
}

/** The form opened from the list with "New handler", so that Back has an entry to go to. */
async function openNewFromList() {
  const user = userEvent.setup()
  signInAs(env.sim.addAccount({ handlers: 3 }).key)
  const view = renderApp('/handlers?page=1&per_page=25')
  await user.click(await screen.findByRole('link', { name: 'New handler' }))
  const name = within(await formDialog('New handler')).getByRole('textbox', { name: /^Name/ })
  return { user, name, ...view }
}

const leaveDialog = () => screen.findByRole('dialog', { name: 'Discard your changes?' })

function unloadIsStopped(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('leaving a form with unsaved changes', () => {
  it('closes an untouched form at once', async () => {
    const { user, dialog, location } = await openNew()
    expect(unloadIsStopped()).toBe(false)
    await user.click(within(dialog).getByRole('button', { name: 'Close the form' }))
    await backAtList(location, '/handlers?page=1&per_page=25')
  })

  it('asks before closing a changed form, and keeps editing if told to', async () => {
    const { user, dialog, name, location } = await openNew()
    await fill(user, name, 'Half done')
    await user.click(within(dialog).getByRole('button', { name: 'Close the form' }))
    const ask = await leaveDialog()
    expect(ask).toHaveTextContent('What you changed in this form has not been saved.')
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }))

    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).toBeNull())
    expect(location()).toBe('/handlers/new?page=1&per_page=25')
    expect(name).toHaveValue('Half done')
  })

  it('leaves a changed form when the user discards the changes', async () => {
    const { user, dialog, name, location } = await openNew()
    await fill(user, name, 'Half done')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(within(await leaveDialog()).getByRole('button', { name: 'Discard changes' }))
    await backAtList(location, '/handlers?page=1&per_page=25')
    expect(writes(env.sim)).toEqual([])
  })

  it('asks before the browser’s Back leaves a changed form, and stays if told to', async () => {
    const { user, name, location } = await openNewFromList()
    await fill(user, name, 'Half done')

    window.history.back()
    await user.click(within(await leaveDialog()).getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).toBeNull())
    expect(location()).toBe('/handlers/new?page=1&per_page=25')
    expect(name).toHaveValue('Half done')

    // Asked again, the user lets the changes go: Back goes where it was going.
    window.history.back()
    await user.click(within(await leaveDialog()).getByRole('button', { name: 'Discard changes' }))
    await backAtList(location, '/handlers?page=1&per_page=25')
    expect(writes(env.sim)).toEqual([])
  })

  it('goes Back at once from an untouched form', async () => {
    const { location } = await openNewFromList()
    window.history.back()
    await backAtList(location, '/handlers?page=1&per_page=25')
  })

  it('asks the browser to confirm a reload or a closed tab, only while there are changes', async () => {
    const { user, name } = await openNew()
    expect(unloadIsStopped()).toBe(false)
    await fill(user, name, 'Half done')
    await waitFor(() => expect(unloadIsStopped()).toBe(true))
    await fill(user, name, '')
    await waitFor(() => expect(unloadIsStopped()).toBe(false))
  })
})
