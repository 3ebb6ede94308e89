import { Drawer } from '@mantine/core'
import { useNavigate } from 'react-router'
import { useI18n } from '../../../i18n/i18n'
import { useFormLocation } from './form-location'
import { FormSource } from './form-source'

const TITLES = {
  create: 'form.title.new',
  copy: 'form.title.copy',
  edit: 'form.title.edit',
} as const

/** `/handlers/new`, `/handlers/new?copy=:id` and `/handlers/:id/edit`: the form in a drawer over the table. */
export function HandlerFormRoute() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const location = useFormLocation()
  return (
    <Drawer
      opened
      onClose={() => void navigate(location.listUrl)}
      // Mantine lays "right" out with flex-end, so the drawer sits at the end: on the left in Persian.
      position="right"
      size="lg"
      title={t(TITLES[location.target.mode])}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <FormSource location={location} />
    </Drawer>
  )
}
