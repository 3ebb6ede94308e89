import { Alert, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertTriangle, IconInbox, IconPlus, IconRefresh } from '@tabler/icons-react'
import { Link, Outlet, useLocation } from 'react-router'
import { modals } from '@mantine/modals'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { isApiError } from '../../api/errors'
import type { Handler } from '../../api/types'
import { errorMessage } from '../../i18n/error-message'
import { useI18n } from '../../i18n/i18n'
import { useNow } from '../../i18n/use-now'
import { useAccountApi } from '../accounts/account-api'
import { reauthenticate } from '../accounts/reauth'
import { HandlersTable, HandlersTableSkeleton } from './handlers-table'
import { useListParams } from './list-params'
import { PaginationBar } from './pagination-bar'
import { useDeleteHandler, useToggleHandler } from './mutations'
import { handlerQueries } from './queries'

const SKELETON_ROWS = 8

export function HandlersPage() {
  const { t } = useI18n()
  const api = useAccountApi()
  const [params, setParams] = useListParams()
  const list = useQuery(handlerQueries(api).list(params))
  const queryClient = useQueryClient()
  const location = useLocation()
  const data = list.data
  const now = useNow()
  const { mutate: toggle } = useToggleHandler()
  const { mutate: remove } = useDeleteHandler()
  const lastRowOnPage = data?.items.length === 1 && params.page > 1

  const onToggle = useCallback(
    (handler: Handler, enabled: boolean) => toggle({ handler, enabled }),
    [toggle],
  )
  const onDelete = useCallback(
    (handler: Handler) =>
      modals.openConfirmModal({
        title: t('handlers.delete.title'),
        children: <Text size="sm">{t('handlers.delete.body', { name: handler.name })}</Text>,
        labels: { confirm: t('handlers.delete.confirm'), cancel: t('handlers.delete.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          remove({
            handler,
            // Deleting the last row of a page shows the page before it.
            onRemoved: lastRowOnPage ? () => setParams({ page: params.page - 1 }) : undefined,
          }),
      }),
    [t, remove, lastRowOnPage, params.page, setParams],
  )

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t('handlers.title')}
        </Title>
        <Group gap="md">
          {data && (
            <Text c="dimmed" size="sm">
              {t('handlers.count', { count: data.total })}
            </Text>
          )}
          <Button
            component={Link}
            to={{ pathname: '/handlers/new', search: location.search }}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t('handlers.new')}
          </Button>
        </Group>
      </Group>

      {list.isError && (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('handlers.error.title')}
          role="alert"
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{errorMessage(list.error, t)}</Text>
            {isApiError(list.error, 'unauthorized') ? (
              <Button
                size="xs"
                variant="white"
                color="red"
                onClick={() => void reauthenticate(queryClient, api.account.id)}
              >
                {t('account.signInAgain')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => void list.refetch()}
                loading={list.isFetching}
              >
                {t('handlers.retry')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      {list.isPending && !list.isError && (
        <>
          <VisuallyHidden role="status">{t('handlers.loading')}</VisuallyHidden>
          <HandlersTableSkeleton rows={Math.min(params.perPage, SKELETON_ROWS)} />
        </>
      )}

      {data && data.total === 0 && <EmptyAccount onReload={() => void list.refetch()} />}

      {data && data.total > 0 && data.items.length === 0 && (
        <Alert color="yellow" role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('handlers.pastEnd', { page: params.page, pages: data.totalPages })}
            </Text>
            <Button size="xs" variant="light" onClick={() => setParams({ page: data.totalPages })}>
              {t('handlers.pastEndAction')}
            </Button>
          </Stack>
        </Alert>
      )}

      {data && data.items.length > 0 && (
        <div
          style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={list.isPlaceholderData}
        >
          <HandlersTable
            handlers={data.items}
            now={now}
            search={location.search}
            onToggle={onToggle}
            onDelete={onDelete}
          />
        </div>
      )}

      {data && data.total > 0 && (
        <PaginationBar
          params={params}
          total={data.total}
          totalPages={data.totalPages}
          onChange={setParams}
        />
      )}
      <Outlet />
    </Stack>
  )
}

function EmptyAccount({ onReload }: { onReload: () => void }) {
  const { t } = useI18n()
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <IconInbox size={48} stroke={1.2} aria-hidden />
      <Title order={2} size="h3">
        {t('handlers.empty.title')}
      </Title>
      <Text c="dimmed" maw={520}>
        {t('handlers.empty.body')}
      </Text>
      <Button
        variant="light"
        onClick={onReload}
        leftSection={<IconRefresh size={16} aria-hidden />}
      >
        {t('handlers.empty.reload')}
      </Button>
    </Stack>
  )
}
