import { Badge, Checkbox, Switch, Table, Text } from '@mantine/core'
import { memo, type ChangeEvent } from 'react'
import type { Handler, HandlerStatus } from '../../api/types'
import { TypeLabel } from '../../handler-types/type-label'
import { formatDateTime, formatRelative } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { CELL_CLASS } from './columns'
import classes from './handlers-table.module.css'
import type { Finding } from './review/findings'
import { FindingBadges } from './review/finding-badges'
import { RowActions } from './row-actions'
import { TargetCell } from './target-cell'

const STATUS_COLOR: Record<HandlerStatus, string> = {
  enabled: 'teal',
  disabled: 'gray',
  pending: 'yellow',
}

function Timestamp({ ms, now }: { ms: number; now: number }) {
  const { language } = useI18n()
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatDateTime(ms, language)}>
      {formatRelative(ms, now, language)}
    </time>
  )
}

export interface RowCallbacks {
  onToggle: (handler: Handler, enabled: boolean) => void
  onDelete: (handler: Handler) => void
  /** `shift` extends the selection from the last row clicked. */
  onSelect: (handler: Handler, checked: boolean, shift: boolean) => void
}

interface Props extends RowCallbacks {
  handler: Handler
  now: number
  search: string
  selected: boolean
  findings: readonly Finding[]
}

function Status({ handler, onToggle }: { handler: Handler; onToggle: RowCallbacks['onToggle'] }) {
  const { t } = useI18n()
  if (handler.status === 'pending') {
    return (
      <Badge
        color={STATUS_COLOR.pending}
        // A dot carries the colour: yellow text on a light background is too faint to read.
        variant="dot"
        radius="sm"
        tt="none"
        title={t('handlers.status.pendingHint')}
      >
        {t('handlers.status.pending')}
      </Badge>
    )
  }
  const enabled = handler.status === 'enabled'
  return (
    <Switch
      checked={enabled}
      onChange={(event) => onToggle(handler, event.currentTarget.checked)}
      aria-label={t('handlers.toggle.label', { name: handler.name })}
      label={t(`handlers.status.${handler.status}`)}
      size="sm"
      color={STATUS_COLOR.enabled}
    />
  )
}

/** React fires a checkbox's change from its click, so the click's shift key is on the event. */
function withShift(event: ChangeEvent<HTMLInputElement>): boolean {
  return (event.nativeEvent as Partial<MouseEvent>).shiftKey === true
}

export const HandlerRow = memo(function HandlerRow({
  handler,
  now,
  search,
  selected,
  findings,
  onToggle,
  onDelete,
  onSelect,
}: Props) {
  const { t } = useI18n()
  return (
    <Table.Tr
      data-selected={selected || undefined}
      data-handler-id={handler.id}
      tabIndex={-1}
      className={classes.row}
    >
      <Table.Td className={classes.select}>
        <Checkbox
          checked={selected}
          onChange={(event) => onSelect(handler, event.currentTarget.checked, withShift(event))}
          aria-label={t('bulk.select.row', { name: handler.name || t('handlers.noName') })}
          size="xs"
        />
      </Table.Td>
      <Table.Td className={classes.name} dir="auto">
        {handler.name || (
          <Text c="dimmed" span size="sm">
            {t('handlers.noName')}
          </Text>
        )}
      </Table.Td>
      <Table.Td className={CELL_CLASS.type}>
        <TypeLabel type={handler.type} />
      </Table.Td>
      <Table.Td className={CELL_CLASS.target}>
        <TargetCell handler={handler} />
      </Table.Td>
      <Table.Td className={classes.status}>
        <Status handler={handler} onToggle={onToggle} />
      </Table.Td>
      <Table.Td className={classes.findings}>
        <FindingBadges findings={findings} />
      </Table.Td>
      <Table.Td className={CELL_CLASS.created}>
        <Timestamp ms={handler.createdAt} now={now} />
      </Table.Td>
      <Table.Td className={CELL_CLASS.updated}>
        {handler.updatedAt === null ? (
          <Text c="dimmed" span size="sm">
            {t('handlers.never')}
          </Text>
        ) : (
          <Timestamp ms={handler.updatedAt} now={now} />
        )}
      </Table.Td>
      <Table.Td className={CELL_CLASS.actions}>
        <RowActions handler={handler} search={search} onDelete={onDelete} />
      </Table.Td>
    </Table.Tr>
  )
})
