import { Alert, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ComponentType } from 'react'
import { useFormState, useWatch, type UseFormRegister } from 'react-hook-form'
import { handlerTypes, type HandlerType } from '../../../handler-types/registry'
import { targetWarning } from '../../../handler-types/target-rules'
import { useI18n } from '../../../i18n/i18n'
import { fieldError } from './field-error'
import type { FormValues, FormControl } from './form-schema'

interface TypeFieldProps {
  type: HandlerType
  control: FormControl
  register: UseFormRegister<FormValues>
}

/** The one input a type needs, as the registry describes it, with its hint and warnings under it. */
function TargetField({ type, control, register }: TypeFieldProps) {
  const { t } = useI18n()
  const spec = handlerTypes[type]
  const value = useWatch({ control, name: `targets.${type}` }) ?? ''
  const { errors } = useFormState({ control, name: `targets.${type}` })
  if (!spec.input) return null
  const warning = targetWarning(spec.input, value)
  return (
    <div>
      <TextInput
        {...register(`targets.${type}`)}
        type={spec.input.kind}
        label={t(spec.input.label)}
        placeholder={spec.input.example}
        description={t(spec.hint)}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        error={fieldError(t, errors.targets?.[type])}
      />
      {warning && (
        <Alert color="yellow" mt="xs" icon={<IconAlertTriangle aria-hidden />} role="note">
          {t(warning)}
        </Alert>
      )}
    </div>
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

/** Every type's field; a type added to the registry without one here does not compile. */
export const typeFields: Record<HandlerType, ComponentType<TypeFieldProps>> = {
  email: TargetField,
  webhook: TargetField,
  slack: TargetField,
  microsoft_teams: TargetField,
  google_chat: TargetField,
  internal_notification: NoTarget,
}
