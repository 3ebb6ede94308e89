import { ActionIcon } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { lazy } from 'react'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { LazyMenu } from '../../ui/lazy-menu'

// A thousand rows each measuring a menu made the page wait on a thousand layout reads.
const RowMenu = lazy(() => import('./row-menu'))

interface Props {
  handler: Handler
  /** The list's query string, kept so that closing the form returns to the same page. */
  search: string
  onDelete: (handler: Handler) => void
}

export function RowActions({ handler, search, onDelete }: Props) {
  const { t } = useI18n()
  return (
    <LazyMenu
      trigger={
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('handlers.actions.menu', { name: handler.name })}
          aria-haspopup="menu"
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      }
      menu={(control) => (
        <RowMenu handler={handler} search={search} onDelete={onDelete} {...control} />
      )}
    />
  )
}
