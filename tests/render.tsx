import { cleanup, render } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { act } from 'react'
import { BrowserRouter } from 'react-router'
import { afterEach } from 'vitest'
import { AppProviders } from '../src/app/providers'
import { createQueryClient } from '../src/app/query-client'
import { AppRoutes } from '../src/app/routes'
import { addAccount, removeAllAccounts } from '../src/session/accounts-store'
import { applyToDocument } from '../src/i18n/i18n'
import { listenBeforeRouter } from '../src/lib/history-guard'
import type { Language } from '../src/i18n/format'

/** Renders the whole app at a path, as the router would after a page load. */
export function renderApp(
  path: string,
  {
    language = 'en',
    queryClient = createQueryClient(),
  }: { language?: Language; queryClient?: QueryClient } = {},
) {
  localStorage.setItem('conecto.language', language)
  applyToDocument(language)
  // The real retry policy, without its back-off pause.
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
  })
  listenBeforeRouter()
  // The page is loaded at `path`, a fresh entry in the tab's history.
  window.history.replaceState(null, '', path)
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>,
  )
  /** Where the app is now, as the address bar shows it. */
  const location = () => window.location.pathname + window.location.search
  return { ...view, queryClient, location, goTo }
}

/** The user goes to `path` by its address, as if typed, outside the app's own links. */
export function goTo(path: string) {
  return act(() => {
    window.history.pushState(null, '', path)
    window.dispatchEvent(new PopStateEvent('popstate'))
  })
}

export function signInAs(apiKey: string, { label = '', remember = false } = {}) {
  return addAccount({ kind: 'server', apiKey, label, remember })
}

afterEach(() => {
  // Unmount first: a mounted page would render once more without its account.
  cleanup()
  removeAllAccounts()
  document.documentElement.removeAttribute('data-mantine-color-scheme')
  localStorage.clear()
  sessionStorage.clear()
})
