import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../render'

describe('the colour theme', () => {
  it('follows the system until the user picks one, and remembers the choice', async () => {
    const user = userEvent.setup()
    renderApp('/sign-in')
    const button = await screen.findByRole('button', { name: 'Colour theme: Follow the system' })

    await user.click(button)
    await user.click(await screen.findByRole('menuitemradio', { name: 'Dark' }))
    await waitFor(() =>
      expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'),
    )
    expect(localStorage.getItem('conecto.color-scheme')).toBe('dark')
    expect(screen.getByRole('button', { name: 'Colour theme: Dark' })).toBeInTheDocument()
  })

  it('opens from the keyboard the first time, and gives focus back to its button', async () => {
    const user = userEvent.setup()
    renderApp('/sign-in')
    const button = await screen.findByRole('button', { name: 'Colour theme: Follow the system' })
    // The menu's code is loaded only now: until then the button is alone.
    expect(button).not.toHaveAttribute('aria-expanded')

    button.focus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('menu')).toBeInTheDocument()
    const opener = screen.getByRole('button', { name: 'Colour theme: Follow the system' })
    expect(opener).toHaveAttribute('aria-expanded', 'true')

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
    await waitFor(() => expect(opener).toHaveFocus())
  })

  it('names its control in Persian too', async () => {
    renderApp('/sign-in', { language: 'fa' })
    expect(
      await screen.findByRole('button', { name: /^پوستهٔ رنگی: .?مطابق سیستم.?$/ }),
    ).toBeInTheDocument()
  })
})
