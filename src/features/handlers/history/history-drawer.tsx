import { Drawer, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import { useNow } from '../../../i18n/use-now'
import { useAccountApi } from '../../../session/account-api'
import { openConfirm } from '../../../ui/open-confirm'
import { RunStep } from '../transfer/run-step'
import { closeHistory, useHistoryOpened } from './drawer-state'
import type { HistoryEntry } from './entry'
import { changeName } from './describe'
import { EntryItem } from './entry-item'
import { ExportDeleted } from './export-deleted'
import { useHistory } from './history-store'
import { RestoreReport } from './restore-report'
import { useRestore } from './use-restore'

/** The "Recent changes" drawer and its restores (mounted by `LazyHistoryDrawer`). */
export function HistoryDrawer() {
  const { t, dir } = useI18n()
  const { account } = useAccountApi()
  const entries = useHistory(account.id)
  const opened = useHistoryOpened()
  const now = useNow()
  const { run, check, start, cancel, dismiss } = useRestore()

  const confirm = (title: string, body: string, label: string, then: () => void) =>
    openConfirm({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: label, cancel: t('history.restore.cancel') },
      onConfirm: then,
    })

  const restore = async (entry: HistoryEntry) => {
    const name = changeName(entry.changes[0]!)
    const recreated = entry.changes.filter((change) => change.before && !change.after).length
    const go = () => void start(entry)
    const askRecreate = () =>
      recreated > 0
        ? confirm(
            t('history.recreate.title', { count: recreated }),
            t('history.recreate.body'),
            t('history.recreate.confirm'),
            go,
          )
        : go()
    const found = await check(entry)
    if (found.kind === 'ready') return askRecreate()
    if (found.kind === 'changed') {
      return confirm(
        t('history.changed.title', { name }),
        t('history.changed.body'),
        t('history.changed.confirm'),
        go,
      )
    }
    notifications.show({
      color: 'red',
      message:
        found.kind === 'gone'
          ? t('history.gone', { name })
          : `${t('history.checkFailed', { name })} ${errorMessage(found.error, t)}`,
    })
  }

  return (
    <Drawer
      opened={opened}
      onClose={closeHistory}
      title={t('history.title')}
      closeButtonProps={{ 'aria-label': t('history.close') }}
      position={dir === 'rtl' ? 'left' : 'right'}
      returnFocus={false}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('history.intro')}
        </Text>
        {run.phase === 'running' && (
          <RunStep progress={run.progress} cancelling={run.cancelling} onCancel={cancel} />
        )}
        {run.phase === 'done' && <RestoreReport outcome={run.outcome} onDismiss={dismiss} />}
        <ExportDeleted entries={entries} />
        {entries.length === 0 ? (
          <Text size="sm">{t('history.empty')}</Text>
        ) : (
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {entries.map((entry) => (
              <EntryItem
                key={entry.id}
                entry={entry}
                now={now}
                busy={run.phase === 'running'}
                onRestore={(chosen) => void restore(chosen)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Drawer>
  )
}
