import { modals, type OpenConfirmModal } from '@mantine/modals'
import { focusedElement, restoreFocus } from '../lib/focus-return'

/**
 * A confirmation that opens on its safe choice, Cancel, and once closed puts focus back on the
 * control that opened it (the menu's button, when it was a menu's item).
 */
export function openConfirm(options: OpenConfirmModal): string {
  const opener = focusedElement()
  return modals.openConfirmModal({
    ...options,
    cancelProps: { 'data-autofocus': true, ...options.cancelProps },
    onClose: () => {
      options.onClose?.()
      restoreFocus([() => opener])
    },
  })
}
