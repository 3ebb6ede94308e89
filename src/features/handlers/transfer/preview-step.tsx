import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { HandlerPage } from '../../../api/types'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import type { AccountApi } from '../../../session/account-api'
import { handlerQueries } from '../queries'
import { findDuplicates, validateEntries, type ImportRow } from './import-rows'
import type { ImportEntry } from './import-types'
import { RowPicker } from './row-picker'

const itemsOf = (page: HandlerPage) => page.items

interface Props {
  entries: ImportEntry[]
  target: AccountApi
  /** The target account as the user knows it. */
  accountLabel: string
  onConfirm: (rows: ImportRow[]) => void
  onBack: () => void
  backLabel: string
}

export function PreviewStep({ entries, target, accountLabel, ...actions }: Props) {
  const { t } = useI18n()
  const rows = useMemo(() => validateEntries(entries), [entries])
  // The whole target account, shared with its table's search and filters, loaded afresh: a
  // handler deleted elsewhere a moment ago must not be marked as already there.
  const existing = useQuery({
    ...handlerQueries(target).wholeAccount(),
    select: itemsOf,
    refetchOnMount: 'always',
  })
  const current = existing.isFetchedAfterMount && !existing.isError ? existing.data : undefined
  const duplicates = useMemo(
    () => (current ? findDuplicates(rows, current) : null),
    [rows, current],
  )

  if (duplicates)
    return <RowPicker rows={rows} duplicates={duplicates} account={accountLabel} {...actions} />
  if (existing.isError) {
    return (
      <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('transfer.preview.checkFailed', { account: accountLabel })}</Text>
          <Text size="sm">{errorMessage(existing.error, t)}</Text>
          <Group gap="xs">
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => void existing.refetch()}
            >
              {t('transfer.preview.retry')}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={actions.onBack}>
              {actions.backLabel}
            </Button>
          </Group>
        </Stack>
      </Alert>
    )
  }
  return (
    <Center py="lg" role="status">
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('transfer.preview.checking', { account: accountLabel })}</Text>
      </Group>
    </Center>
  )
}
