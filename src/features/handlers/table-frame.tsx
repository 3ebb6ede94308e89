import { rem, TableTr } from '@mantine/core'
import type { CSSProperties, ReactNode } from 'react'
import classes from './handlers-table.module.css'

/**
 * Mantine's own table classes and attributes, set on plain elements: ten thousand cells each
 * rendered through Mantine's style machinery cost more than their content. (The classes are
 * taken from a row: Mantine's `Table` itself brings its scroll area, and the positioning library
 * under that, into the first load.)
 */
export const TABLE = TableTr.classes
/** What Mantine gives the header row of a `striped` and `highlightOnHover` table (the body's rows
 * take the same from their class, in handlers-table.module.css). */
export const TR_ATTRIBUTES = {
  'data-striped': 'odd',
  'data-hover': true,
  'data-with-row-border': true,
} as const

interface Props {
  label: string
  busy?: boolean
  style: CSSProperties
  children: ReactNode
}

/** The table and the box it scrolls sideways in, as Mantine's native scroll container draws them. */
export function TableFrame({ label, busy, style, children }: Props) {
  // What Mantine's `Table.ScrollContainer type="native" minWidth={980}` and its `Table` set.
  const box = { '--table-min-width': rem(980), '--table-overflow': 'auto' } as CSSProperties
  const spacing = { '--table-vertical-spacing': rem(7) }
  return (
    <div className={`${TABLE.scrollContainer} ${classes.scroll}`} style={box}>
      <div className={`${TABLE.scrollContainerInner} ${classes.fit}`}>
        <table
          className={`${TABLE.table} ${classes.table}`}
          style={{ ...spacing, ...style }}
          aria-label={label}
          aria-busy={busy || undefined}
        >
          {children}
        </table>
      </div>
    </div>
  )
}
