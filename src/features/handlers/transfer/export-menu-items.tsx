import { Menu, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconBraces, IconTable } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import type { MenuControl } from '../../../ui/lazy-menu'
import { openConfirm } from '../../../ui/open-confirm'
import type { ExportKind } from './download'
import type { Scope } from './export-menu'
import { parseReviewParams } from '../list-params'
import { handlerQueries } from '../queries'

interface Props extends MenuControl {
  scope: Scope
}

/** What narrows the view, in the URL: the label says the search only when there is one. */
function narrowedBy(search: string) {
  const { q, type, status, finding } = parseReviewParams(new URLSearchParams(search))
  const filtered = type !== null || status !== null || finding.length > 0
  if (q !== '') return filtered ? 'searchAndFilters' : 'search'
  return filtered ? 'filters' : 'view'
}

export default function ExportMenuItems({ scope, trigger, opened, onChange }: Props) {
  const { t } = useI18n()
  const { search } = useLocation()
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const count = scope.handlers?.length ?? 0

  async function save(kind: ExportKind) {
    try {
      const handlers =
        scope.handlers ?? (await queryClient.fetchQuery(handlerQueries(api).wholeAccount())).items
      if (handlers.length === 0) {
        notifications.show({ color: 'yellow', message: t('transfer.export.nothing') })
        return
      }
      const { downloadExport } = await import('./download')
      const file = downloadExport(handlers, kind)
      notifications.show({
        color: 'teal',
        message: t('transfer.export.done', { count: handlers.length, file }),
      })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('transfer.export.failed'),
        message: errorMessage(error, t),
      })
    }
  }

  // The file holds whole webhook URLs: the user says so before it is written.
  const confirm = (kind: ExportKind) =>
    openConfirm({
      title: t('transfer.export.title'),
      children: (
        <Text size="sm">
          {scope.handlers
            ? t('transfer.export.warning', { count })
            : t('transfer.export.warningAll')}
        </Text>
      ),
      labels: { confirm: t('transfer.export.download'), cancel: t('transfer.export.cancel') },
      onConfirm: () => void save(kind),
    })

  return (
    <Menu position="bottom-start" withinPortal opened={opened} onChange={onChange}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {scope.kind === 'all'
            ? t('transfer.export.scope.all')
            : t(
                scope.kind === 'selection'
                  ? 'transfer.export.scope.selection'
                  : `transfer.export.scope.${narrowedBy(search)}`,
                { count },
              )}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconBraces size={16} aria-hidden />}
          onClick={() => confirm('json')}
        >
          {t('transfer.export.json')}
        </Menu.Item>
        <Menu.Item leftSection={<IconTable size={16} aria-hidden />} onClick={() => confirm('csv')}>
          {t('transfer.export.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
