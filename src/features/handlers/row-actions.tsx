import { ActionIcon, Menu } from '@mantine/core'
import { IconCopyPlus, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'

interface Props {
  handler: Handler
  /** The list's query string, kept so that closing the form returns to the same page. */
  search: string
  onDelete: (handler: Handler) => void
}

export function RowActions({ handler, search, onDelete }: Props) {
  const { t } = useI18n()
  const copyQuery = new URLSearchParams(search)
  copyQuery.set('copy', String(handler.id))
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('handlers.actions.menu', { name: handler.name })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component={Link}
          to={{ pathname: `/handlers/${handler.id}/edit`, search }}
          leftSection={<IconPencil size={16} aria-hidden />}
        >
          {t('handlers.actions.edit')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to={{ pathname: '/handlers/new', search: `?${copyQuery}` }}
          leftSection={<IconCopyPlus size={16} aria-hidden />}
        >
          {t('handlers.actions.duplicate')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => onDelete(handler)}
        >
          {t('handlers.actions.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
