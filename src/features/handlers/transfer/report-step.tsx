import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react'
import type { WorkOutcome } from '../work/outcome'
import { errorMessage } from '../../../i18n/error-message'
import { formatNumber } from '../../../i18n/format'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { ImportRow } from './import-rows'
import { NotDisabledError } from './transfer-row'

function reason(error: unknown, t: I18n['t']): string {
  return error instanceof NotDisabledError
    ? t('transfer.report.notDisabled', { reason: errorMessage(error.cause, t) })
    : errorMessage(error, t)
}

interface Props {
  outcome: WorkOutcome<ImportRow>
  /** Created over every run of this dialog, retries included. */
  created: number
  account: string
  onRetry: (rows: ImportRow[]) => void
  onClose: () => void
}

export function ReportStep({ outcome, created, account, onRetry, onClose }: Props) {
  const { t, language } = useI18n()
  const { failed, notDone, cancelled } = outcome
  const title = cancelled
    ? t('transfer.report.titleCancelled')
    : failed.length > 0
      ? t('transfer.report.titleFailed')
      : t('transfer.report.title')
  const ok = failed.length === 0 && notDone.length === 0
  return (
    <Stack gap="md">
      <Alert
        color={ok ? 'teal' : 'yellow'}
        role="status"
        title={title}
        icon={ok ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      >
        <Stack gap={4}>
          <Text size="sm">{t('transfer.report.created', { count: created, account })}</Text>
          {failed.length > 0 && (
            <Text size="sm">{t('transfer.report.failed', { count: failed.length })}</Text>
          )}
          {notDone.length > 0 && (
            <Text size="sm">{t('transfer.report.skipped', { count: notDone.length })}</Text>
          )}
        </Stack>
      </Alert>
      {failed.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table aria-label={t('transfer.report.failures')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('transfer.preview.column.row')}</Table.Th>
                <Table.Th scope="col">{t('handlers.column.name')}</Table.Th>
                <Table.Th scope="col">{t('transfer.report.column.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {failed.map(({ item, error }) => (
                <Table.Tr key={item.index}>
                  <Table.Td>{formatNumber(item.line, language)}</Table.Td>
                  <Table.Td dir="auto">{item.name}</Table.Td>
                  <Table.Td>{reason(error, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="sm" justify="flex-end">
        {failed.length > 0 && (
          <Button
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => onRetry(failed.map(({ item }) => item))}
          >
            {t('transfer.report.retry')}
          </Button>
        )}
        {notDone.length > 0 && (
          <Button variant="light" onClick={() => onRetry(notDone)}>
            {t('transfer.report.resume', { count: notDone.length })}
          </Button>
        )}
        <Button variant={ok ? 'filled' : 'default'} onClick={onClose}>
          {t('transfer.report.close')}
        </Button>
      </Group>
    </Stack>
  )
}
