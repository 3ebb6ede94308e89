import {
  DirectionProvider,
  localStorageColorSchemeManager,
  MantineProvider,
  type CSSVariablesResolver,
} from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import type { Language } from '../i18n/format'
import { I18nProvider, useI18n } from '../i18n/i18n'
import { LazyModals, LazyNotifications } from './lazy-overlays'
import { theme } from './theme'

export const OVERLAYS_ID = 'overlays'

// Mantine's dimmed grey and error red are too faint on white (and on dark grey) for WCAG AA.
const readableDimmedText: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
})

// Light, dark or the system's choice, remembered per browser.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'conecto.color-scheme' })

interface Props {
  queryClient: QueryClient
  children: ReactNode
  /** Tests render without portals and transitions. */
  env?: 'default' | 'test'
  /** The language whose catalogue is loaded; the stored choice when not given. */
  language?: Language
}

// The page always keeps its scrollbar's place (styles.css). Hiding the scrollbar behind a dialog,
// and padding the body to make up for it, would move the page sideways.
const removeScrollProps = { removeScrollBar: false }

/** Mantine with the theme, and close buttons named in the user's language. */
function ThemedMantine({ env, children }: { env: Props['env']; children: ReactNode }) {
  const { t } = useI18n()
  const localised = useMemo(() => {
    const close = { 'aria-label': t('notifications.close') }
    // Plain entries, not `Component.extend`: each component's code then stays in the chunks
    // that use it (menus, dialogs and notifications load when first shown).
    return {
      ...theme,
      components: {
        Notification: { defaultProps: { closeButtonProps: close } },
        Modal: { defaultProps: { closeButtonProps: close, removeScrollProps } },
        Drawer: { defaultProps: { removeScrollProps } },
        // Focus goes to the first item: a focusable placeholder would break the menu's roles.
        Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
        // Dialogs, menus and notifications open inside the page's main landmark.
        Portal: { defaultProps: { target: `#${OVERLAYS_ID}` } },
      },
    }
  }, [t])
  return (
    <MantineProvider
      theme={localised}
      cssVariablesResolver={readableDimmedText}
      env={env}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      {children}
    </MantineProvider>
  )
}

export function AppProviders({ queryClient, children, env = 'default', language }: Props) {
  return (
    <I18nProvider language={language}>
      <DirectionProvider>
        <ThemedMantine env={env}>
          <LazyNotifications />
          <QueryClientProvider client={queryClient}>
            {children}
            <LazyModals />
          </QueryClientProvider>
        </ThemedMantine>
      </DirectionProvider>
    </I18nProvider>
  )
}
