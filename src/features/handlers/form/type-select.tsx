import { Group, Select, Text } from '@mantine/core'
import { Controller, useFormState } from 'react-hook-form'
import { handlerTypeIcons } from '../../../handler-types/icons'
import { HANDLER_TYPES, isKnownType } from '../../../handler-types/registry'
import { useI18n } from '../../../i18n/i18n'
import { PlanUsageHint } from '../plan-usage'
import { fieldError } from './field-error'
import type { FormValues, FormControl } from './form-schema'

interface Props {
  control: FormControl
  /** The type the handler has on the server, in edit; changing it is risky on some servers. */
  savedType: string | null
  type: FormValues['type']
}

function TypeIcon({ type }: { type: string | null }) {
  if (!isKnownType(type)) return null
  const Icon = handlerTypeIcons[type]
  return <Icon size={18} stroke={1.6} aria-hidden />
}

export function TypeSelect({ control, savedType, type }: Props) {
  const { t } = useI18n()
  const { errors } = useFormState({ control, name: 'type' })
  const data = HANDLER_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))
  const retyped = savedType !== null && type !== '' && type !== savedType
  return (
    <div>
      <Controller
        control={control}
        name="type"
        render={({ field }) => (
          <Select
            ref={field.ref}
            name={field.name}
            value={field.value || null}
            onChange={(value) => field.onChange(isKnownType(value) ? value : '')}
            onBlur={field.onBlur}
            data={data}
            label={t('form.type.label')}
            placeholder={t('form.type.placeholder')}
            required
            allowDeselect={false}
            leftSection={<TypeIcon type={field.value || null} />}
            renderOption={({ option }) => (
              <Group gap="xs" wrap="nowrap">
                <TypeIcon type={option.value} />
                <span>{option.label}</span>
              </Group>
            )}
            error={fieldError(t, errors.type)}
          />
        )}
      />
      {type !== '' && (savedType === null || retyped) && <PlanUsageHint type={type} />}
      {retyped && (
        <Text size="sm" c="orange.9" mt={4} role="note">
          {t('form.type.changeWarning')}
        </Text>
      )}
    </div>
  )
}
