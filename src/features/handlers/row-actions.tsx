import { ActionIcon } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { lazy, Suspense, useState } from 'react'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'

// A menu positions itself with a layout read when it mounts: a thousand rows made the page wait
// on a thousand of them. Each row's menu is made when it is first opened, and the menus' code
// (with its positioning library) is loaded then.
const RowMenu = lazy(() => import('./row-menu'))

interface Props {
  handler: Handler
  /** The list's query string, kept so that closing the form returns to the same page. */
  search: string
  onDelete: (handler: Handler) => void
}

export function RowActions({ handler, search, onDelete }: Props) {
  const { t } = useI18n()
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
  return (
    <Suspense fallback={trigger}>
      <RowMenu
        handler={handler}
        search={search}
        onDelete={onDelete}
        trigger={trigger}
        opened={opened}
        onChange={setOpened}
      />
    </Suspense>
  )
}
