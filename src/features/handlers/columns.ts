import type { CSSProperties } from 'react'
import type { I18n } from '../../i18n/i18n'
import classes from './handlers-table.module.css'

export const COLUMNS = [
  'select',
  'name',
  'type',
  'target',
  'status',
  'findings',
  'created',
  'updated',
  'actions',
] as const
export type Column = (typeof COLUMNS)[number]

/** Each cell's class: the stacked layout of a phone places and captions cells by it. */
export const CELL_CLASS: Record<Column, string | undefined> = {
  select: classes.select,
  name: classes.name,
  type: classes.type,
  target: classes.targetColumn,
  status: classes.status,
  findings: classes.findings,
  created: `${classes.time} ${classes.created}`,
  updated: `${classes.time} ${classes.updated}`,
  actions: classes.actions,
}

/**
 * The column names as CSS strings, set once on the table rather than on every cell: the stacked
 * layout shows them beside the values, and screen readers read them with the values.
 */
export function captions(t: I18n['t']): CSSProperties {
  const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`
  return {
    '--caption-type': quoted(t('handlers.column.type')),
    '--caption-target': quoted(t('handlers.column.target')),
    '--caption-status': quoted(t('handlers.column.status')),
    '--caption-findings': quoted(t('review.column')),
    '--caption-created': quoted(t('handlers.column.created')),
    '--caption-updated': quoted(t('handlers.column.updated')),
  } as CSSProperties
}
