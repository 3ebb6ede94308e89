import { Checkbox, Stack, Table, Text } from '@mantine/core'
import { memo } from 'react'
import { maskValue } from '../../../handler-types/mask'
import { hasTarget } from '../../../handler-types/target'
import { TypeLabel } from '../../../handler-types/type-label'
import { formatNumber } from '../../../i18n/format'
import { useI18n } from '../../../i18n/i18n'
import type { Duplicate, ImportRow } from './import-rows'

interface Props {
  row: ImportRow
  duplicate: Duplicate | undefined
  selected: boolean
  onToggle: (index: number, selected: boolean) => void
}

// Readable on the white, grey and striped rows of either theme; Mantine's fixed shades are not.
const PROBLEM = 'var(--mantine-color-error)'
const WARNING =
  'light-dark(color-mix(in srgb, var(--mantine-color-orange-9), black 25%), var(--mantine-color-orange-4))'
const READY = 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))'

function Notes({ row, duplicate }: Pick<Props, 'row' | 'duplicate'>) {
  const { t } = useI18n()
  const notes = [
    ...row.problems.map((issue) => ({ text: t(issue.key, issue.params), color: PROBLEM })),
    ...row.warnings.map((issue) => ({ text: t(issue.key, issue.params), color: WARNING })),
  ]
  if (duplicate?.kind === 'account')
    notes.push({ text: t('transfer.duplicate.account'), color: 'dimmed' })
  if (duplicate?.kind === 'file') {
    notes.push({ text: t('transfer.duplicate.file', { row: duplicate.line }), color: 'dimmed' })
  }
  if (notes.length === 0) {
    return (
      <Text size="xs" c={READY}>
        {t('transfer.preview.ready')}
      </Text>
    )
  }
  return (
    <Stack gap={2}>
      {notes.map((note) => (
        <Text key={note.text} size="xs" c={note.color}>
          {note.text}
        </Text>
      ))}
    </Stack>
  )
}

/** One row of the import preview. Names are shown as text, never as markup. */
export const PreviewRow = memo(function PreviewRow({ row, duplicate, selected, onToggle }: Props) {
  const { t, language } = useI18n()
  // As the table shows it: a webhook URL by its host only, since it is a secret.
  const masked = maskValue(row.type, row.target)
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          checked={selected}
          disabled={!row.values}
          onChange={(event) => onToggle(row.index, event.currentTarget.checked)}
          aria-label={t('transfer.preview.selectRow', { row: row.line })}
        />
      </Table.Td>
      <Table.Td>{formatNumber(row.line, language)}</Table.Td>
      <Table.Td>
        <Text size="sm" dir="auto" style={{ unicodeBidi: 'isolate', overflowWrap: 'anywhere' }}>
          {row.name || t('handlers.noName')}
        </Text>
      </Table.Td>
      <Table.Td>
        <TypeLabel type={row.type} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
          {masked.kind !== 'none'
            ? masked.text
            : hasTarget(row.type)
              ? '—'
              : t('handlers.target.none')}
        </Text>
      </Table.Td>
      <Table.Td>{t(`handlers.status.${row.status}`)}</Table.Td>
      <Table.Td>
        <Notes row={row} duplicate={duplicate} />
      </Table.Td>
    </Table.Tr>
  )
})
