import { cleanup, render } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach } from 'vitest'
import { AppProviders } from '../src/app/providers'
import { createQueryClient } from '../src/app/query-client'
import { routes } from '../src/app/routes'
import { addAccount, removeAllAccounts } from '../src/session/accounts-store'
import { applyToDocument } from '../src/i18n/i18n'
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
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  )
  /** Where the app is now, as the address bar would show it. */
  const location = () => router.state.location.pathname + router.state.location.search
  return { ...view, queryClient, router, location }
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
