import { Button, Center, Loader, Stack, Title } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { Link, Navigate, Outlet, Route, Routes, useLocation } from 'react-router'
import { useAccount } from '../session/accounts-store'
import { DemoReady } from '../features/accounts/demo-ready'
import { HandlersPage } from '../features/handlers/handlers-page'
import { useI18n } from '../i18n/i18n'
import { ErrorBoundary } from '../ui/error-boundary'
import { Shell } from './shell'

// The table comes with the page (vite.config.ts puts it in the first chunk); the sign-in page and
// the form load when they are needed.
const SignInPage = lazy(() =>
  import('../features/accounts/sign-in-page').then((module) => ({ default: module.SignInPage })),
)
// The form is loaded only when it is opened.
const HandlerFormRoute = lazy(() =>
  import('../features/handlers/form/handler-form-route').then((module) => ({
    default: module.HandlerFormRoute,
  })),
)

function Loading() {
  return (
    <Center py="xl">
      <Loader size="sm" />
    </Center>
  )
}

function RequireAccount() {
  const account = useAccount()
  const location = useLocation()
  if (!account) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />
  }
  return (
    <DemoReady account={account}>
      <Outlet />
    </DemoReady>
  )
}

function SignInRoute() {
  const account = useAccount()
  return account ? <Navigate to="/handlers" replace /> : <SignInPage />
}

function NotFound() {
  const { t } = useI18n()
  return (
    <Stack align="center" py="xl">
      <Title order={1} size="h3">
        {t('notFound.title')}
      </Title>
      <Button component={Link} to="/handlers" variant="light">
        {t('notFound.back')}
      </Button>
    </Stack>
  )
}

function Root() {
  return (
    <Shell>
      <ErrorBoundary>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Shell>
  )
}

/** Every screen, by address. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Root />}>
        <Route path="/sign-in" element={<SignInRoute />} />
        <Route element={<RequireAccount />}>
          <Route index element={<Navigate to="/handlers" replace />} />
          <Route path="/accounts/add" element={<SignInPage />} />
          <Route path="/handlers" element={<HandlersPage />}>
            <Route path="new" element={<HandlerFormRoute />} />
            <Route path=":id/edit" element={<HandlerFormRoute />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
