import { ActionIcon, Menu } from '@mantine/core'
import { IconCopyPlus, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
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
  // A menu positions itself with a layout read when it mounts: a thousand rows made the page
  // wait on a thousand of them. Each row's menu is made when it is first opened.
  const [opened, setOpened] = useState<boolean | null>(null)
  const trigger = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={t('handlers.actions.menu', { name: handler.name })}
      aria-haspopup="menu"
      onClick={opened === null ? () => setOpened(true) : undefined}
    >
      <IconDots size={18} aria-hidden />
    </ActionIcon>
  )
  if (opened === null) return trigger

  const copyQuery = new URLSearchParams(search)
  copyQuery.set('copy', String(handler.id))
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
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
