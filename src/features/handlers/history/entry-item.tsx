import { Button, List, Paper, Stack, Text } from '@mantine/core'
import { formatDateTime, formatRelative } from '../../../i18n/format'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { HandlerChange, HistoryAction, HistoryEntry } from './entry'
import { changeName, fieldChanges, type FieldChange } from './describe'
import { restorable } from './restore-work'

/** A bulk entry shows this many of its handlers; the rest are counted. */
const SHOWN_ITEMS = 10

const FIELD = {
  name: 'handlers.column.name',
  target: 'handlers.column.target',
  status: 'handlers.column.status',
} as const

function valueText(change: FieldChange, side: 'before' | 'after', t: I18n['t']): string {
  if (change.field !== 'status') return change[side] ?? t('history.nothing')
  const status = change[side]
  return status === null ? t('history.nothing') : t(`handlers.status.${status}`)
}

/** Entries about one handler; the others (bulk runs, imports, restores) list theirs. */
const SINGLE = new Set<HistoryAction>(['create', 'copy', 'edit', 'enable', 'disable', 'delete'])

function Fields({ change }: { change: HandlerChange }) {
  const { t } = useI18n()
  return (
    // A long target with no spaces wraps inside the entry rather than out of the drawer.
    <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
      {fieldChanges(change).map((field) => (
        <List.Item key={field.field}>
          {t(FIELD[field.field])}:{' '}
          {t('history.change', {
            before: valueText(field, 'before', t),
            after: valueText(field, 'after', t),
          })}
        </List.Item>
      ))}
    </List>
  )
}

export function summary(entry: HistoryEntry, t: I18n['t']): string {
  return t(`history.action.${entry.action}`, {
    name: changeName(entry.changes[0]!),
    count: entry.changes.length,
  })
}

interface Props {
  entry: HistoryEntry
  now: number
  busy: boolean
  onRestore: (entry: HistoryEntry) => void
}

export function EntryItem({ entry, now, busy, onRestore }: Props) {
  const { t, language } = useI18n()
  const single = SINGLE.has(entry.action)
  const text = summary(entry, t)
  return (
    <Paper component="li" withBorder p="sm" radius="md" aria-label={text}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {text}
        </Text>
        <Text size="xs" c="dimmed" title={formatDateTime(entry.at, language)}>
          {formatRelative(entry.at, now, language)}
        </Text>
        {single ? (
          <Fields change={entry.changes[0]!} />
        ) : (
          <List size="sm" spacing={2}>
            {entry.changes.slice(0, SHOWN_ITEMS).map((change, index) => (
              <List.Item key={index}>
                {changeName(change)}
                <Fields change={change} />
              </List.Item>
            ))}
            {entry.changes.length > SHOWN_ITEMS && (
              <List.Item>
                {t('history.more', { count: entry.changes.length - SHOWN_ITEMS })}
              </List.Item>
            )}
          </List>
        )}
        {entry.changes.some(restorable) && (
          <Button
            size="xs"
            variant="default"
            disabled={busy}
            onClick={() => onRestore(entry)}
            aria-label={t('history.restoreLabel', { what: text })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('history.restore')}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}
