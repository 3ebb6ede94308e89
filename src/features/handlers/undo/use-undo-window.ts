import { notifications } from '@mantine/notifications'
import { useCallback, useEffect, useRef } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { pausableTimer } from './pausable-timer'
import { UNDO_WINDOW_MS } from './pending-deletes'
import { showUndoable } from './undo-notice'

interface Deferred {
  text: string
  /** What runs once the window is over, or at once when the notice is closed. */
  run: () => void
}

/**
 * Work held back for the undo window behind a notice with Undo, e.g. a bulk delete's queue. Work
 * still waiting when the screen goes is dropped: it would start on a screen no longer there.
 */
export function useUndoWindow() {
  const { t } = useI18n()
  const waiting = useRef(new Set<() => void>())
  useEffect(() => {
    const held = waiting.current
    return () => {
      for (const drop of [...held]) drop()
    }
  }, [])

  return useCallback(
    ({ text, run }: Deferred) => {
      let over = false
      const end = (go: boolean) => {
        if (over) return
        over = true
        timer.stop()
        waiting.current.delete(drop)
        notifications.hide(notice)
        if (go) run()
      }
      const drop = () => end(false)
      const timer = pausableTimer(UNDO_WINDOW_MS, () => end(true))
      waiting.current.add(drop)
      const notice = showUndoable({
        text,
        undoLabel: t('undo.action'),
        onUndo: drop,
        onClose: () => end(true),
        onHold: timer.hold,
      })
    },
    [t],
  )
}
