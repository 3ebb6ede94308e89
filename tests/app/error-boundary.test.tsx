import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../src/i18n/i18n'
import { ErrorBoundary } from '../../src/ui/error-boundary'

let broken = true
function Fragile() {
  if (broken) throw new Error('render failed')
  return <p>Part of the page</p>
}

describe('a render error', () => {
  it('shows a recovery panel in its part of the screen only, and can be retried', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <I18nProvider>
        <MantineProvider env="test">
          <h1>The rest of the page</h1>
          <ErrorBoundary>
            <Fragile />
          </ErrorBoundary>
        </MantineProvider>
      </I18nProvider>,
    )
    expect(screen.getByRole('heading', { name: 'The rest of the page' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong on this part of the page.',
    )
    expect(logged).toHaveBeenCalled()

    broken = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Part of the page')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
