import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import type { Handler } from '../../../api/types'
import { maskTarget, maskValue } from '../../../handler-types/mask'
import { targetField } from '../../../handler-types/target'
import { typeLabel } from '../../../handler-types/type-label'
import { useI18n, type I18n } from '../../../i18n/i18n'
import type { ConflictField } from './conflict'
import type { FormValues } from './form-schema'

interface Props {
  server: Handler
  fields: ConflictField[]
  /** What the form holds now. */
  values: FormValues
  /** `theirs`: the fields to take from the server; the rest keep the user's values. */
  onSave: (theirs: ConflictField[]) => void
  onKeepServer: () => void
}

const shown = (masked: ReturnType<typeof maskValue>, t: I18n['t']) =>
  masked.kind === 'none' ? t('handlers.target.none') : masked.text

/** Each side of a field as the screen may show it: secrets masked by the type's rule. */
function sides(field: ConflictField, values: FormValues, server: Handler, t: I18n['t']) {
  switch (field) {
    case 'name':
      return [values.name, server.name]
    case 'type':
      return [typeLabel(values.type || null, t), typeLabel(server.type, t)]
    case 'target': {
      // The table's target only: another of the type's settings may be a secret.
      const field = targetField(values.type || null)
      const mine = field ? (values.targets[field] ?? '') : ''
      return [shown(maskValue(values.type || null, mine), t), shown(maskTarget(server), t)]
    }
    case 'enabled':
      return [
        t(values.enabled ? 'handlers.status.enabled' : 'handlers.status.disabled'),
        t(`handlers.status.${server.status}`),
      ]
  }
}

/** What changed elsewhere, next to what the user has; nothing is sent until they choose. */
export function ConflictPanel({ server, fields, values, onSave, onKeepServer }: Props) {
  const { t } = useI18n()
  const [theirs, setTheirs] = useState<Set<ConflictField>>(new Set())
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => alert.current?.focus(), [server])
  const choose = (field: ConflictField, side: string) =>
    setTheirs((current) => {
      const next = new Set(current)
      if (side === 'theirs') next.add(field)
      else next.delete(field)
      return next
    })

  return (
    <Alert
      ref={alert}
      tabIndex={-1}
      color="yellow"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('form.conflict.title')}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('form.conflict.body')}</Text>
        <Table aria-label={t('form.conflict.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.conflict.field')}</Table.Th>
              <Table.Th>{t('form.conflict.yours')}</Table.Th>
              <Table.Th>{t('form.conflict.theirs')}</Table.Th>
              <Table.Th>{t('form.conflict.keep')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => {
              const [mine, server_] = sides(field, values, server, t)
              const label = t(`form.conflict.field.${field}`)
              return (
                <Table.Tr key={field}>
                  <Table.Th scope="row">{label}</Table.Th>
                  <Table.Td dir="auto">{mine}</Table.Td>
                  <Table.Td dir="auto">{server_}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('form.conflict.keepField', { field: label })}
                      value={theirs.has(field) ? 'theirs' : 'yours'}
                      onChange={(side) => choose(field, side)}
                      data={[
                        { value: 'yours', label: t('form.conflict.choice.yours') },
                        { value: 'theirs', label: t('form.conflict.choice.theirs') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
        <Group gap="xs">
          <Button size="xs" onClick={() => onSave([...theirs])}>
            {t(theirs.size === 0 ? 'form.conflict.overwrite' : 'form.conflict.merge')}
          </Button>
          <Button size="xs" variant="default" onClick={onKeepServer}>
            {t('form.conflict.keepTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}
