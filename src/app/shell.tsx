import { Anchor, Container, Group } from '@mantine/core'
import { lazy, Suspense, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../i18n/i18n'
import { AccountMenu } from '../features/accounts/account-menu'
import { useForgetRemovedAccounts } from '../features/accounts/forget-account'
import { useAccount } from '../session/accounts-store'
import { DemoReady } from '../features/accounts/demo-ready'
import { usePendingReauth } from '../session/reauth'
import { ErrorBoundary } from '../ui/error-boundary'
import { HistoryButton } from '../features/handlers/history/history-button'
import { LazyHistoryDrawer } from '../features/handlers/history/lazy-history-drawer'
import { LanguageSwitch } from './language-switch'
import { OVERLAYS_ID } from './providers'
import classes from './shell.module.css'
import { ThemeSwitch } from './theme-switch'

// Loaded the first time a key stops working: most sessions never need it, or its form library.
const ReauthDialog = lazy(() =>
  import('../features/accounts/reauth-dialog').then((module) => ({
    default: module.ReauthDialog,
  })),
)

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const account = useAccount()
  const reauthPending = usePendingReauth() !== null
  useForgetRemovedAccounts()
  return (
    <>
      <a href="#main" className={classes.skip}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <Container size="xl">
          <Group justify="space-between" py="sm" gap="md" className={classes.bar}>
            <Anchor
              component={Link}
              to="/handlers"
              fw={700}
              c="inherit"
              underline="never"
              className={classes.home}
            >
              {t('app.title')}
            </Anchor>
            <Group gap="xs" className={classes.controls}>
              <LanguageSwitch />
              <ThemeSwitch />
              {account && <HistoryButton />}
              {account && (
                <ErrorBoundary>
                  <Suspense fallback={null}>
                    <DemoReady account={account}>
                      <AccountMenu />
                    </DemoReady>
                  </Suspense>
                </ErrorBoundary>
              )}
            </Group>
          </Group>
        </Container>
      </header>
      <Container size="xl" py="lg" component="main" id="main">
        {children}
        <div id={OVERLAYS_ID} />
      </Container>
      {account && <LazyHistoryDrawer key={account.id} />}
      {account && reauthPending && (
        <Suspense fallback={null}>
          <ReauthDialog />
        </Suspense>
      )}
    </>
  )
}
