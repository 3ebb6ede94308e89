import { Button, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useI18n } from '../../../i18n/i18n'
import { openConfirm } from '../../../ui/open-confirm'
import type { HistoryEntry } from './entry'
import { deletedHandlers } from './history-export'

/**
 * The handlers deleted in this history, saved in the export's JSON format: the import reads the
 * file back, in this account or another, after the tab is gone.
 */
export function ExportDeleted({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useI18n()
  const handlers = deletedHandlers(entries)
  if (handlers.length === 0) return null
  const count = handlers.length

  const save = async () => {
    const { downloadExport } = await import('../transfer/download')
    const file = downloadExport(handlers, 'json')
    notifications.show({ color: 'teal', message: t('transfer.export.done', { count, file }) })
  }
  // The file holds whole webhook URLs: the user says so before it is written, as for any export.
  const confirm = () =>
    openConfirm({
      title: t('transfer.export.title'),
      children: <Text size="sm">{t('transfer.export.warning', { count })}</Text>,
      labels: { confirm: t('transfer.export.download'), cancel: t('transfer.export.cancel') },
      onConfirm: () => void save(),
    })

  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={16} aria-hidden />}
      onClick={confirm}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('history.export')}
    </Button>
  )
}
