import { Badge } from '@mantine/core'
import type { CSSProperties, ReactNode } from 'react'
import classes from './handlers-table.module.css'

const BADGE = Badge.classes

/**
 * Mantine's dot badge, its own classes on plain elements: a page of 1,000 rows shows hundreds,
 * and each Badge component would run Mantine's style machinery. The dot carries the colour; the
 * text stays dark enough to read, and wraps inside its cell.
 */
export function dotBadge(color: string, title: string, text: ReactNode, key?: string) {
  const dot = { '--badge-dot-color': `var(--mantine-color-${color}-filled)` } as CSSProperties
  return (
    <span
      key={key}
      className={`${BADGE.root} ${BADGE['root--dot']} ${classes.badge}`}
      data-variant="dot"
      style={dot}
      title={title}
    >
      <span className={`${BADGE.label} ${classes.badgeLabel}`}>{text}</span>
    </span>
  )
}
