import { notifications } from '@mantine/notifications'
import { useCallback } from 'react'
import type { Handler } from '../../../api/types'
import { useI18n } from '../../../i18n/i18n'
import { useToggleHandler } from '../mutations'
import { UNDO_WINDOW_MS } from './pending-deletes'
import { showUndoable } from './undo-notice'

/**
 * The enable switch, with a way back: once the server has the change, a notice offers Undo, which
 * sends the one request that puts it back.
 */
export function useUndoableToggle() {
  const { t } = useI18n()
  const { mutate: toggle } = useToggleHandler()
  return useCallback(
    (handler: Handler, enabled: boolean) =>
      toggle(
        { handler, enabled },
        {
          onSuccess: () => {
            const notice = showUndoable({
              text: t(enabled ? 'undo.enabled' : 'undo.disabled', { name: handler.name }),
              undoLabel: t('undo.action'),
              autoClose: UNDO_WINDOW_MS,
              onUndo: () => {
                notifications.hide(notice)
                toggle({
                  handler: { ...handler, status: enabled ? 'enabled' : 'disabled' },
                  enabled: !enabled,
                })
              },
            })
          },
        },
      ),
    [t, toggle],
  )
}
