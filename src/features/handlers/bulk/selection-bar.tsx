import { Anchor, Button, Group, Paper, Skeleton, Text } from '@mantine/core'
import { IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useI18n } from '../../../i18n/i18n'
import type { BulkAction } from './plan'

interface Props {
  selected: number
  /** How many handlers match the search and filters (the whole account without them). */
  matchingCount: number
  /** Every row on screen is selected, but not everything that matches. */
  pageOnly: number | null
  /** Everything that matches is selected, loaded or not. */
  allMatching: boolean
  /** "Select all" is waiting for the whole account to load. */
  loadingAll: boolean
  busy: boolean
  onAction: (action: BulkAction) => void
  onSelectAll: () => void
  onClear: () => void
  /** The export and import buttons, which act on the selection or on the filtered set. */
  children?: ReactNode
}

/** What is selected and what can be done with it. */
export function SelectionBar({
  selected,
  matchingCount,
  pageOnly,
  allMatching,
  loadingAll,
  busy,
  onAction,
  onSelectAll,
  onClear,
  children,
}: Props) {
  const { t } = useI18n()
  const disabled = selected === 0 || busy || loadingAll
  return (
    <Paper withBorder p="xs" radius="md">
      <Group justify="space-between" gap="sm">
        <Group gap="sm" role="group" aria-label={t('bulk.actions')}>
          <Text size="sm" fw={selected > 0 ? 600 : undefined} c={selected ? undefined : 'dimmed'}>
            {selected > 0 ? t('bulk.selected', { count: selected }) : t('bulk.noneSelected')}
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            disabled={disabled}
            onClick={() => onAction('enable')}
          >
            {t('bulk.enable')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPause size={14} aria-hidden />}
            disabled={disabled}
            onClick={() => onAction('disable')}
          >
            {t('bulk.disable')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconTrash size={14} aria-hidden />}
            disabled={disabled}
            onClick={() => onAction('delete')}
          >
            {t('bulk.delete')}
          </Button>
          {selected > 0 && (
            <Button size="xs" variant="subtle" onClick={onClear}>
              {t('bulk.clear')}
            </Button>
          )}
        </Group>
        {children}
      </Group>
      {(pageOnly !== null || allMatching) && (
        <Text size="sm" mt="xs" role="status">
          {allMatching ? (
            t('bulk.allSelected', { count: matchingCount })
          ) : (
            <>
              {t('bulk.pageSelected', { count: pageOnly ?? 0 })}{' '}
              <Anchor component="button" type="button" size="sm" onClick={onSelectAll}>
                {t('bulk.selectAll', { count: matchingCount })}
              </Anchor>
            </>
          )}
        </Text>
      )}
    </Paper>
  )
}

/**
 * The bar's place while the first rows load (its padding and border around one row of xs
 * buttons), so that the table does not move down when they come.
 */
export function SelectionBarPlaceholder() {
  return <Skeleton height={52} radius="md" />
}
