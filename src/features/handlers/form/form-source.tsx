import { Alert, Button, Center, Loader, Stack, Text, VisuallyHidden } from '@mantine/core'
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { isApiError } from '../../../api/errors'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { RenewKeyButton } from '../../../session/renew-key-button'
import { cachedLists } from '../cache'
import { handlerQueries } from '../queries'
import type { FormLocation } from './form-location'
import { copyValues, emptyValues, valuesOf } from './form-values'
import { HandlerForm } from './handler-form'

type Queries = ReturnType<typeof handlerQueries>

/** The handler as the table already shows it, so that the form opens without waiting. */
function listed(queryClient: QueryClient, queries: Queries, id: number) {
  for (const [key, page] of cachedLists(queryClient, queries)) {
    const handler = page?.items.find((item) => item.id === id)
    if (handler) return { handler, at: queryClient.getQueryState(key)?.dataUpdatedAt }
  }
  return undefined
}

function LoadProblem({
  error,
  location,
  onRetry,
}: {
  error: unknown
  location: FormLocation
  onRetry?: () => void
}) {
  const { t } = useI18n()
  const missing = error === null || isApiError(error, 'not-found')
  return (
    <Alert color="red" title={t('form.loadFailed')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{missing ? t('form.notFound') : errorMessage(error, t)}</Text>
        {isApiError(error, 'unauthorized') ? (
          <RenewKeyButton />
        ) : missing ? (
          <Button size="xs" variant="white" color="red" component={Link} to={location.listUrl}>
            {t('form.backToList')}
          </Button>
        ) : (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('form.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}

/** Edit and duplicate load the handler first, then render the form with its real values. */
function LoadedForm({ id, location }: { id: number; location: FormLocation }) {
  const { t } = useI18n()
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const queries = handlerQueries(api)
  const seed = listed(queryClient, queries, id)
  const query = useQuery({
    ...queries.detail(id),
    initialData: seed?.handler,
    initialDataUpdatedAt: seed?.at,
  })

  if (query.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" />
        <VisuallyHidden role="status">{t('form.loading')}</VisuallyHidden>
      </Center>
    )
  }
  if (query.isError) {
    return (
      <LoadProblem error={query.error} location={location} onRetry={() => void query.refetch()} />
    )
  }
  const handler = query.data
  if (location.target.mode === 'copy') {
    // Not through t()'s placeholders: those wrap Persian values in bidi marks, which would be saved.
    const copyName = (name: string) => t('form.copyName').replace('{name}', name)
    return (
      <HandlerForm
        key={location.key}
        original={null}
        initial={copyValues(handler, copyName)}
        location={location}
      />
    )
  }
  return (
    <HandlerForm
      key={location.key}
      original={handler}
      initial={valuesOf(handler)}
      location={location}
    />
  )
}

export function FormSource({ location }: { location: FormLocation }) {
  const { target } = location
  if (target.mode === 'create') {
    return (
      <HandlerForm key={location.key} original={null} initial={emptyValues()} location={location} />
    )
  }
  if (target.id === null) return <LoadProblem error={null} location={location} />
  return <LoadedForm id={target.id} location={location} />
}
