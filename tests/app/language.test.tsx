import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nProvider, useI18n } from '../../src/i18n/i18n'

function Title() {
  const { t, dir } = useI18n()
  return <h1 dir={dir}>{t('handlers.title')}</h1>
}

describe('the language the app starts in', () => {
  afterEach(() => localStorage.removeItem('conecto.language'))

  it('is the one whose catalogue the page loaded, though the stored choice changed since', () => {
    localStorage.setItem('conecto.language', 'fa')
    render(
      <I18nProvider language="en">
        <Title />
      </I18nProvider>,
    )
    expect(screen.getByRole('heading')).toHaveAttribute('dir', 'ltr')
  })

  it('is the stored choice when the page names none', () => {
    localStorage.setItem('conecto.language', 'fa')
    render(
      <I18nProvider>
        <Title />
      </I18nProvider>,
    )
    expect(screen.getByRole('heading')).toHaveAttribute('dir', 'rtl')
  })
})
