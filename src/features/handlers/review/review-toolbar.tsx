import { Box, Button, CloseButton, Group, NativeSelect, TextInput } from '@mantine/core'
import type { ReactNode } from 'react'
import { IconFilterOff, IconSearch } from '@tabler/icons-react'
import { HANDLER_TYPES } from '../../../handler-types/registry'
import { typeLabel } from '../../../handler-types/type-label'
import { useI18n } from '../../../i18n/i18n'
import { SEARCH_INPUT_ID } from '../shortcuts'
import { NULL_TYPE, type ReviewFilters } from './view'

const ANY = 'any'
const STATUSES = ['enabled', 'disabled', 'pending'] as const

interface Props {
  text: string
  onText: (text: string) => void
  filters: Pick<ReviewFilters, 'type' | 'status'>
  onFilters: (next: Partial<Pick<ReviewFilters, 'type' | 'status'>>) => void
  /** Types seen in the data, known or not; the known ones are always offered. */
  types: readonly string[]
  onClear: (() => void) | null
  /** Shown at the end of the row. */
  extra?: ReactNode
}

/**
 * Search box and the type and status filters; the findings summary filters by finding. Every
 * change goes to the URL through the callbacks.
 */
export function ReviewToolbar({ text, onText, filters, onFilters, types, onClear, extra }: Props) {
  const { t } = useI18n()
  const allTypes = [...new Set<string>([...HANDLER_TYPES, ...types, NULL_TYPE])]
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        id={SEARCH_INPUT_ID}
        type="search"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('filters.clearSearch')}
              onClick={() => onText('')}
            />
          ) : null
        }
        w={{ base: '100%', sm: 280 }}
      />
      <NativeSelect
        w={190}
        label={t('filters.type')}
        value={filters.type ?? ANY}
        onChange={({ currentTarget: { value } }) =>
          onFilters({ type: value === ANY ? null : value })
        }
        data={[
          { value: ANY, label: t('filters.anyType') },
          ...allTypes.map((type) => ({
            value: type,
            label: typeLabel(type === NULL_TYPE ? null : type, t),
          })),
        ]}
      />
      <NativeSelect
        w={190}
        label={t('filters.status')}
        value={filters.status ?? ANY}
        onChange={({ currentTarget: { value } }) =>
          onFilters({ status: STATUSES.find((status) => status === value) ?? null })
        }
        data={[
          { value: ANY, label: t('filters.anyStatus') },
          ...STATUSES.map((status) => ({ value: status, label: t(`handlers.status.${status}`) })),
        ]}
      />
      {onClear && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          {t('filters.clear')}
        </Button>
      )}
      {extra && <Box ms="auto">{extra}</Box>}
    </Group>
  )
}
