import { Alert, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ComponentType } from 'react'
import { useFormState, useWatch, type UseFormRegister } from 'react-hook-form'
import { handlerTypes, type HandlerType, type TargetInput } from '../../../handler-types/registry'
import { targetWarning } from '../../../handler-types/target-rules'
import { useI18n } from '../../../i18n/i18n'
import { fieldError } from './field-error'
import type { FormValues, FormControl } from './form-schema'

interface TypeFieldProps {
  type: HandlerType
  control: FormControl
  register: UseFormRegister<FormValues>
}

interface SettingFieldProps extends Omit<TypeFieldProps, 'type'> {
  input: TargetInput
  /** Shown under the type's last field: where to find the values. */
  hint: string | undefined
}

/** One setting's input, as the registry describes it, with the warnings under it. */
function SettingField({ input, hint, control, register }: SettingFieldProps) {
  const { t } = useI18n()
  const name = `targets.${input.name}` as const
  const value = useWatch({ control, name }) ?? ''
  const { errors } = useFormState({ control, name })
  const warning = targetWarning(input, value)
  return (
    <div>
      <TextInput
        {...register(name)}
        type={input.kind}
        label={t(input.label)}
        placeholder={input.example}
        description={hint}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={fieldError(t, errors.targets?.[input.name])}
      />
      {warning && (
        <Alert color="yellow" mt="xs" icon={<IconAlertTriangle aria-hidden />} role="note">
          {t(warning)}
        </Alert>
      )}
    </div>
  )
}

/** The inputs a type needs, in the registry's order; the hint goes under the last. */
function TargetFields({ type, control, register }: TypeFieldProps) {
  const { t } = useI18n()
  const { fields, hint } = handlerTypes[type]
  return (
    <Stack gap="md">
      {fields.map((input, index) => (
        <SettingField
          key={input.name}
          input={input}
          hint={index === fields.length - 1 ? t(hint) : undefined}
          control={control}
          register={register}
        />
      ))}
    </Stack>
  )
}

function NoTarget({ type }: TypeFieldProps) {
  const { t } = useI18n()
  return (
    <Text size="sm" c="dimmed">
      {t(handlerTypes[type].hint)}
    </Text>
  )
}

/** Every type's fields; a type added to the registry without one here does not compile. */
export const typeFields: Record<HandlerType, ComponentType<TypeFieldProps>> = {
  email: TargetFields,
  webhook: TargetFields,
  slack: TargetFields,
  microsoft_teams: TargetFields,
  google_chat: TargetFields,
  internal_notification: NoTarget,
  discord: TargetFields,
  telegram: TargetFields,
  twilio: TargetFields,
  twilio_call: TargetFields,
  whatsapp: TargetFields,
}
