import { Menu } from '@mantine/core'
import { IconCopyPlus, IconPencil, IconTrash } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import type { MenuControl } from '../../ui/lazy-menu'

interface Props extends MenuControl {
  handler: Handler
  search: string
  onDelete: (handler: Handler) => void
}

export default function RowMenu({ handler, search, onDelete, trigger, opened, onChange }: Props) {
  const { t } = useI18n()
  const copyQuery = new URLSearchParams(search)
  copyQuery.set('copy', String(handler.id))
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={onChange}>
      <Menu.Target>{trigger}</Menu.Target>
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
