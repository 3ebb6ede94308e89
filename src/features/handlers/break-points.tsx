import { Fragment, type ReactNode } from 'react'
import classes from './handlers-table.module.css'

// Where a long value may wrap: after a URL's slashes, `?` and `&`, and around an e-mail address's
// @ and dots. The <wbr> is a break opportunity that copies and reads as nothing.
const URL_BREAKS = /(?<=[/?&])(?!\/)/
const EMAIL_BREAKS = /(?=@)|(?<=\.)/

/** A masked URL's "…a1b2" stays whole: the line may otherwise break after the ellipsis. */
function part(text: string): ReactNode {
  return text.startsWith('…') ? <span className={classes.whole}>{text}</span> : text
}

export function withBreakPoints(text: string, kind: 'url' | 'email'): ReactNode {
  const parts = text.split(kind === 'url' ? URL_BREAKS : EMAIL_BREAKS)
  if (parts.length === 1) return part(text)
  return parts.map((piece, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part(piece)}
    </Fragment>
  ))
}
