import { Button } from '@mantine/core'
import { IconAdjustmentsHorizontal } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import classes from './phone-fold.module.css'

/**
 * On a phone, search, filters and bulk actions fold into one bar that opens, so that the first
 * handler is on screen without scrolling. Wider screens show them always, and the bar not at all.
 */
export function usePhoneFold() {
  const [open, setOpen] = useState(false)
  const id = useId()
  return {
    open,
    id,
    toggle: () => setOpen((shown) => !shown),
    /** On the screen's root: the folded parts show while it says open. */
    root: { className: classes.screen, 'data-tools-open': open || undefined },
    /** On a part that folds away. */
    folded: { className: classes.folded, id },
  }
}

export type PhoneFold = ReturnType<typeof usePhoneFold>

/** Another part that folds away with the same bar. */
export const FOLDED_CLASS = classes.folded

export function PhoneFoldToggle({ fold }: { fold: PhoneFold }) {
  const { t } = useI18n()
  return (
    <div className={classes.toggle}>
      <Button
        variant="default"
        fullWidth
        justify="space-between"
        rightSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
        aria-expanded={fold.open}
        aria-controls={fold.id}
        onClick={fold.toggle}
      >
        {t('handlers.tools')}
      </Button>
    </div>
  )
}
