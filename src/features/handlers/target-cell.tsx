import { ActionIcon, CopyButton } from '@mantine/core'
import { IconCheck, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react'
import { useState } from 'react'
import type { Handler } from '../../api/types'
import { maskTarget } from '../../handler-types/mask'
import { targetValue } from '../../handler-types/target'
import { useI18n } from '../../i18n/i18n'
import { withBreakPoints } from './break-points'
import classes from './handlers-table.module.css'

/** The masked destination, which can be revealed and copied; never a link. */
export function TargetCell({ handler }: { handler: Handler }) {
  const { t } = useI18n()
  const [revealed, setRevealed] = useState(false)
  const masked = maskTarget(handler)
  if (masked.kind === 'none') {
    return <span className={classes.dimmed}>{t('handlers.target.none')}</span>
  }
  const value = targetValue(handler)
  return (
    // Plain elements for the layout: a table shows this a thousand times.
    <span className={classes.targetCell}>
      <span dir="ltr" className={classes.target}>
        {withBreakPoints(revealed ? value : masked.text, masked.kind === 'email' ? 'email' : 'url')}
      </span>
      {masked.kind === 'secret' && (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t(revealed ? 'handlers.target.hide' : 'handlers.target.reveal')}
          aria-pressed={revealed}
          onClick={() => setRevealed((shown) => !shown)}
        >
          {revealed ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
        </ActionIcon>
      )}
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            size="sm"
            aria-label={t(copied ? 'handlers.target.copied' : 'handlers.target.copy')}
            onClick={copy}
          >
            {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
          </ActionIcon>
        )}
      </CopyButton>
    </span>
  )
}
