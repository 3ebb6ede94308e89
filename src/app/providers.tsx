import { DirectionProvider, MantineProvider } from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { I18nProvider } from '../i18n/i18n'
import { theme } from './theme'

interface Props {
  queryClient: QueryClient
  children: ReactNode
  /** Tests render without portals and transitions. */
  env?: 'default' | 'test'
}

export function AppProviders({ queryClient, children, env = 'default' }: Props) {
  return (
    <I18nProvider>
      <DirectionProvider>
        <MantineProvider theme={theme} env={env}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nProvider>
  )
}
