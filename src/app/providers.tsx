import {
  DirectionProvider,
  localStorageColorSchemeManager,
  MantineProvider,
  Modal,
  Notification,
} from '@mantine/core'
import { ModalsProvider } from '@mantine/modals'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { I18nProvider, useI18n } from '../i18n/i18n'
import { theme } from './theme'

// Light, dark or the system's choice, remembered per browser.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'conecto.color-scheme' })

interface Props {
  queryClient: QueryClient
  children: ReactNode
  /** Tests render without portals and transitions. */
  env?: 'default' | 'test'
}

/** Mantine with the theme, and close buttons named in the user's language. */
function ThemedMantine({ env, children }: { env: Props['env']; children: ReactNode }) {
  const { t } = useI18n()
  const localised = useMemo(() => {
    const close = { 'aria-label': t('notifications.close') }
    return {
      ...theme,
      components: {
        Notification: Notification.extend({ defaultProps: { closeButtonProps: close } }),
        Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
      },
    }
  }, [t])
  return (
    <MantineProvider
      theme={localised}
      env={env}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      {children}
    </MantineProvider>
  )
}

export function AppProviders({ queryClient, children, env = 'default' }: Props) {
  return (
    <I18nProvider>
      <DirectionProvider>
        <ThemedMantine env={env}>
          <Notifications position="bottom-center" />
          <QueryClientProvider client={queryClient}>
            <ModalsProvider>{children}</ModalsProvider>
          </QueryClientProvider>
        </ThemedMantine>
      </DirectionProvider>
    </I18nProvider>
  )
}
