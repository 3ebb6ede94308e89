import { Switch } from '@mantine/core'
import { memo, use, useState, type ChangeEvent, type ReactNode } from 'react'
import type { Handler, HandlerStatus } from '../../api/types'
import { maskTarget } from '../../handler-types/mask'
import { TypeLabel, typeLabel } from '../../handler-types/type-label'
import { formatDateTime, formatRelative } from '../../i18n/format'
import type { Language } from '../../i18n/format'
import { useI18n, type I18n } from '../../i18n/i18n'
import { CELL_CLASS } from './columns'
import classes from './handlers-table.module.css'
import type { Finding } from './review/findings'
import { NearViewportContext } from './near-viewport'
import { FindingBadges } from './review/finding-badges'
import { RowActions } from './row-actions'
import { TargetCell } from './target-cell'
import { dotBadge } from './dot-badge'
import { showsAsNothing } from './handler-name'
import { TABLE } from './table-frame'

const STATUS_COLOR: Record<HandlerStatus, string> = {
  enabled: 'teal',
  disabled: 'gray',
  pending: 'yellow',
}

// The cells are written by plain functions rather than components: a page of 1,000 rows would
// otherwise make React track some ten thousand more of them.

/** The exact date is the full row's: a waiting row is out of sight, and its 2,000 dates add up. */
function timestamp(ms: number, now: number, language: Language, full: boolean) {
  return (
    <time
      dateTime={new Date(ms).toISOString()}
      title={full ? formatDateTime(ms, language) : undefined}
    >
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
  /**
   * The row has its controls (checkbox, switch, reveal and copy, menu) from the start. Others
   * show their values as text until they come near the view or take focus.
   */
  eager: boolean
}

function cell(className: string | undefined, children?: ReactNode) {
  return <td className={className ? `${TABLE.td} ${className}` : TABLE.td}>{children}</td>
}

/**
 * A waiting row's target: the masked text alone, in one piece. Where it may wrap matters once
 * the row is near enough to be drawn, and then it is a full row.
 */
function targetText(handler: Handler, t: I18n['t']) {
  const masked = maskTarget(handler)
  if (masked.kind === 'none')
    return <span className={classes.dimmed}>{t('handlers.target.none')}</span>
  return (
    <span dir="ltr" className={classes.target}>
      {masked.text}
    </span>
  )
}

function Status({ handler, onToggle }: { handler: Handler; onToggle: RowCallbacks['onToggle'] }) {
  const { t } = useI18n()
  if (handler.status === 'pending') {
    // A dot carries the colour: yellow text on a light background is too faint to read.
    return dotBadge(
      STATUS_COLOR.pending,
      t('handlers.status.pendingHint'),
      t('handlers.status.pending'),
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
  eager,
  onToggle,
  onDelete,
  onSelect,
}: Props) {
  const { t, language } = useI18n()
  // A pending e-mail says so in its status: the same words again as a finding would be noise.
  const shownFindings =
    handler.status === 'pending'
      ? findings.filter((finding) => finding.kind !== 'pending')
      : findings
  // A name of only spaces and invisible characters would leave the cell looking empty.
  const unnamed = showsAsNothing(handler.name)
  const nearViewport = use(NearViewportContext)
  const [full, setFull] = useState(eager || nearViewport === null)
  const complete = () => setFull(true)
  const watch = (element: HTMLTableRowElement | null) => {
    if (element && nearViewport) return nearViewport.watch(element, complete)
  }
  return (
    <tr
      data-selected={selected || undefined}
      data-handler-id={handler.id}
      data-eager={eager || undefined}
      data-waiting={full ? undefined : true}
      tabIndex={-1}
      className={`${TABLE.tr} ${classes.row}`}
      ref={full ? undefined : watch}
      onFocus={full ? undefined : complete}
    >
      {cell(
        classes.select,
        full && (
          // A native checkbox in a label as large as a fingertip: the whole label ticks it.
          <label className={classes.tick}>
            <input
              type="checkbox"
              checked={selected}
              onChange={(event) => onSelect(handler, event.currentTarget.checked, withShift(event))}
              aria-label={t('bulk.select.row', {
                name: unnamed ? t('handlers.noName') : handler.name,
              })}
            />
          </label>
        ),
      )}
      <td className={`${TABLE.td} ${classes.name}`} dir="auto">
        {unnamed ? <span className={classes.dimmed}>{t('handlers.noName')}</span> : handler.name}
      </td>
      {cell(CELL_CLASS.type, full ? <TypeLabel type={handler.type} /> : typeLabel(handler.type, t))}
      {cell(CELL_CLASS.target, full ? <TargetCell handler={handler} /> : targetText(handler, t))}
      {cell(
        classes.status,
        full ? (
          <Status handler={handler} onToggle={onToggle} />
        ) : (
          t(`handlers.status.${handler.status}`)
        ),
      )}
      {cell(
        classes.findings,
        shownFindings.length > 0 && <FindingBadges findings={shownFindings} />,
      )}
      {cell(CELL_CLASS.created, timestamp(handler.createdAt, now, language, full))}
      {cell(
        CELL_CLASS.updated,
        handler.updatedAt === null ? (
          <span className={classes.dimmed}>{t('handlers.never')}</span>
        ) : (
          timestamp(handler.updatedAt, now, language, full)
        ),
      )}
      {cell(
        CELL_CLASS.actions,
        full && <RowActions handler={handler} search={search} onDelete={onDelete} />,
      )}
    </tr>
  )
})
