import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Stack, Switch } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useRef, type BaseSyntheticEvent } from 'react'
import { Controller, useForm, useFormState, useWatch, type Resolver } from 'react-hook-form'
import { useNavigate, type NavigateOptions } from 'react-router'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { requestReauth } from '../../../session/reauth'
import { editUrl, type FormLocation } from './form-location'
import {
  handlerFormSchema,
  renameSchema,
  type FormValues,
  type SubmittedValues,
  type ValidValues,
} from './form-schema'
import { createInput, editInput, intendedOf, isEmptyInput } from './form-values'
import { LeaveConfirm, useLeaveGuard } from './leave-guard'
import { NameField } from './name-field'
import { SaveError } from './save-error'
import { SaveReport } from './save-report'
import { typeFields } from './type-fields'
import { useTypeOffers } from './type-offers'
import { TypeSelect } from './type-select'
import { UnknownSettings } from './unknown-settings'
import { useSaveHandler } from './use-save-handler'

interface Props {
  /** The handler being edited as loaded; null for a new one (empty or a copy). */
  original: Handler | null
  initial: FormValues
  location: FormLocation
}

/** One form for create and edit; rendered only once its real default values are known. */
export function HandlerForm({ original, initial, location }: Props) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const { account } = useAccountApi()
  const known = original === null || isKnownType(original.type)
  const form = useForm<FormValues, unknown, SubmittedValues>({
    defaultValues: initial,
    resolver: zodResolver(known ? handlerFormSchema : renameSchema) as Resolver<
      FormValues,
      unknown,
      SubmittedValues
    >,
  })
  const { control, register } = form
  const type = useWatch({ control, name: 'type' })
  const { isDirty } = useFormState({ control })
  const { blocker, allow } = useLeaveGuard(isDirty)
  const save = useSaveHandler(original)
  const offers = useTypeOffers()
  // A type the plan has no room for (a copy of one, say): Create would only be refused.
  const noRoom =
    original === null && offers.some((offer) => offer.type === type && offer.kind !== 'open')
  // A second submit while the first is on its way must not create a second handler.
  const sending = useRef(false)

  const leaveTo = (url: string, options?: NavigateOptions) => {
    allow()
    void navigate(url, options)
  }

  const send = (values: SubmittedValues) => {
    if (sending.current) return
    const input = original ? editInput(original, values) : createInput(values as ValidValues)
    if (isEmptyInput(input)) return leaveTo(location.listUrl)
    sending.current = true
    save.mutate(
      { input, intended: intendedOf(values, original) },
      {
        onSuccess: ({ id, held, differences }) => {
          notifications.show({
            color: differences.length ? 'yellow' : 'teal',
            message: t(original ? 'form.updated' : 'form.created', {
              name: held?.name ?? values.name,
            }),
          })
          if (differences.length === 0) return leaveTo(location.listUrl)
          // The form stays open on the saved handler, saying what the server changed.
          leaveTo(editUrl(id, location.listUrl), { replace: true, state: { report: differences } })
        },
        onError: (error) => {
          sending.current = false
          if (isApiError(error, 'unauthorized')) void renewKeyAndRetry()
        },
      },
    )
  }
  const submit = (event?: BaseSyntheticEvent) => form.handleSubmit(send)(event)
  // The key is asked for again over the form, which keeps what was typed, then the save is retried.
  const renewKeyAndRetry = async () => {
    if (await requestReauth(account.id)) await submit()
  }

  const TypeField = type ? typeFields[type] : null
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {location.report && <SaveReport differences={location.report} />}
        {save.isError && (
          <SaveError
            error={save.error}
            type={save.variables?.input.type ?? null}
            onRetry={() => void submit()}
            onRenewKey={() => void renewKeyAndRetry()}
            onBack={() => leaveTo(location.listUrl)}
            editing={original !== null}
          />
        )}
        <NameField control={control} register={register} />
        {known ? (
          <>
            <TypeSelect
              control={control}
              savedType={original?.type ?? null}
              type={type}
              offers={offers}
            />
            {/* Keyed by type: React must not reuse one type's input for another's value. */}
            {type && TypeField && (
              <TypeField key={type} type={type} control={control} register={register} />
            )}
          </>
        ) : (
          original && <UnknownSettings handler={original} />
        )}
        {original && (
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <Switch
                ref={field.ref}
                name={field.name}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                label={t('form.enabled.label')}
                description={original.status === 'pending' ? t('form.enabled.pending') : undefined}
              />
            )}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void navigate(location.listUrl)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={noRoom}>
            {t(original ? 'form.submit.save' : 'form.submit.create')}
          </Button>
        </Group>
      </Stack>
      <LeaveConfirm blocker={blocker} />
    </form>
  )
}
