import { Button } from '@mantine/core'
import { IconChevronDown, IconDownload } from '@tabler/icons-react'
import { lazy } from 'react'
import type { Handler } from '../../../api/types'
import { useI18n } from '../../../i18n/i18n'
import { LazyMenu } from '../../../ui/lazy-menu'

const ExportMenuItems = lazy(() => import('./export-menu-items'))

/** What an export holds: the selection, else the filtered set, else the whole account. */
export type Scope =
  { kind: 'selection' | 'filtered'; handlers: readonly Handler[] } | { kind: 'all'; handlers: null }

export function exportScope(
  selected: readonly Handler[],
  filtered: readonly Handler[] | null,
): Scope {
  if (selected.length > 0) return { kind: 'selection', handlers: selected }
  if (filtered) return { kind: 'filtered', handlers: filtered }
  return { kind: 'all', handlers: null }
}

export function ExportMenu({ scope }: { scope: Scope }) {
  const { t } = useI18n()
  return (
    <LazyMenu
      trigger={
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-haspopup="menu"
          disabled={scope.handlers !== null && scope.handlers.length === 0}
        >
          {t('transfer.export')}
        </Button>
      }
      menu={(control) => <ExportMenuItems scope={scope} {...control} />}
    />
  )
}
