import { Text, TextInput } from '@mantine/core'
import { useFormState, useWatch, type UseFormRegister } from 'react-hook-form'
import { useI18n } from '../../../i18n/i18n'
import { fieldError } from './field-error'
import { NAME_MAX_LENGTH, nameLength } from '../handler-name'
import type { FormValues, FormControl } from './form-schema'

interface Props {
  control: FormControl
  register: UseFormRegister<FormValues>
}

/** The name, counted as the server counts it: it would silently cut it at 128 characters. */
export function NameField({ control, register }: Props) {
  const { t } = useI18n()
  const name = useWatch({ control, name: 'name' })
  const { errors } = useFormState({ control, name: 'name' })
  const count = nameLength(name.trim())
  return (
    <TextInput
      {...register('name')}
      label={t('form.name.label')}
      required
      dir="auto"
      autoComplete="off"
      data-autofocus
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        <Text span size="xs" c={count > NAME_MAX_LENGTH ? 'red' : 'dimmed'}>
          {t('form.name.counter', { count, max: NAME_MAX_LENGTH })}
        </Text>
      }
      error={fieldError(t, errors.name)}
    />
  )
}
