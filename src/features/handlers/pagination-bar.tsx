import { Group, NativeSelect, Pagination, Text } from '@mantine/core'
import { PAGE_SIZES } from '../../api/types'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import classes from './handlers-table.module.css'
import type { ListParams } from './queries'

interface Props {
  params: ListParams
  total: number
  totalPages: number
  onChange: (next: Partial<ListParams>) => void
}

export function PaginationBar({ params, total, totalPages, onChange }: Props) {
  const { t, language } = useI18n()
  const from = total === 0 ? 0 : Math.min(total, (params.page - 1) * params.perPage + 1)
  const to = Math.min(total, params.page * params.perPage)
  const options = PAGE_SIZES.map((size) => ({
    value: String(size),
    label: formatNumber(size, language),
  }))

  return (
    <Group justify="space-between" gap="md" wrap="wrap">
      <Group gap="sm">
        <NativeSelect
          label={t('pagination.pageSize')}
          data={options}
          value={String(params.perPage)}
          w={110}
          onChange={({ currentTarget: { value } }) => {
            const perPage = Number(value)
            // Keep the first row on screen in view when the page size changes.
            const page = Math.floor(((params.page - 1) * params.perPage) / perPage) + 1
            onChange({ perPage, page })
          }}
        />
        <Text size="sm" c="dimmed" mt="lg" aria-live="polite">
          {t('pagination.range', { from, to, total })}
        </Text>
      </Group>
      <Pagination
        // Narrower than 400px, the page numbers give way to "Page 2 of 5" between the arrows.
        layout="responsive"
        formatLabel={({ page, totalPages: pages }) => t('pagination.position', { page, pages })}
        className={classes.pages}
        total={totalPages}
        value={Math.min(params.page, totalPages)}
        onChange={(page) => onChange({ page })}
        withEdges
        siblings={1}
        getControlProps={(control) => ({
          'aria-label': t(`pagination.${control}`),
        })}
        getItemProps={(page) => ({
          'aria-label': t('pagination.page', { page }),
          children: formatNumber(page, language),
        })}
        aria-label={t('pagination.label')}
      />
    </Group>
  )
}
