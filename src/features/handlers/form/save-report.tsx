import { Alert, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { targetInput } from '../../../handler-types/target'
import { typeLabel } from '../../../handler-types/type-label'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { Difference } from './compare-saved'

function fieldLabel(t: I18n['t'], field: string): string {
  const input = targetInput(field)
  return input ? t(input.label) : field
}

function sentence(t: I18n['t'], difference: Difference): string {
  switch (difference.kind) {
    case 'name-cut':
      return t('form.report.nameCut', { count: difference.count, name: difference.name })
    case 'name':
      return t('form.report.name', { name: difference.name })
    case 'type-lost':
      return t('form.report.typeLost')
    case 'type':
      return t('form.report.type', { type: typeLabel(difference.type, t) })
    case 'target-cut':
      return t('form.report.targetCut', {
        field: fieldLabel(t, difference.field),
        count: difference.count,
      })
    case 'target':
      return t('form.report.target', { field: fieldLabel(t, difference.field) })
    case 'enabled':
      return t('form.report.enabled', { status: t(`handlers.status.${difference.status}`) })
    case 'unchecked':
      return t('form.report.unchecked')
  }
}

/** What the last save found different on the server, said plainly above the form. */
export function SaveReport({ differences }: { differences: Difference[] }) {
  const { t } = useI18n()
  const compared = differences.some((difference) => difference.kind !== 'unchecked')
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title={compared ? t('form.report.title') : undefined}
      role="status"
    >
      <Stack gap={4}>
        {differences.map((difference) => (
          <Text size="sm" key={'field' in difference ? difference.field : difference.kind}>
            {sentence(t, difference)}
          </Text>
        ))}
      </Stack>
    </Alert>
  )
}
