import { Drawer } from '@mantine/core'
import { useI18n } from '../../../i18n/i18n'
import { useReturnFocus } from '../../../lib/focus-return'
import { newHandlerLink, rowElement } from '../row-focus'
import { FormFocusContext } from './form-focus'
import { useFormLocation } from './form-location'
import { FormSource } from './form-source'
import { useGuardedNavigate } from './leave-guard'

const TITLES = {
  create: 'form.title.new',
  copy: 'form.title.copy',
  edit: 'form.title.edit',
} as const

/** `/handlers/new`, `/handlers/new?copy=:id` and `/handlers/:id/edit`: the form in a drawer over the table. */
export function HandlerFormRoute() {
  const { t } = useI18n()
  const navigate = useGuardedNavigate()
  const location = useFormLocation()
  const { target } = location
  // Opened by an address, the drawer has no opener Mantine could return to: focus goes back to
  // where the user was, else to the row the form was about, else to "New handler".
  const { preferOnClose } = useReturnFocus([
    target.mode !== 'create' && target.id !== null ? rowElement(target.id) : () => null,
    newHandlerLink,
  ])
  return (
    <Drawer
      opened
      onClose={() => navigate(location.listUrl)}
      // Mantine lays "right" out with flex-end, so the drawer sits at the end: on the left in Persian.
      position="right"
      size="lg"
      title={t(TITLES[target.mode])}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <FormFocusContext value={preferOnClose}>
        <FormSource location={location} />
      </FormFocusContext>
    </Drawer>
  )
}
