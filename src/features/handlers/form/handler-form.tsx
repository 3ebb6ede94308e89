import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Stack, Switch } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { use, useRef, type BaseSyntheticEvent } from 'react'
import { Controller, useForm, useFormState, useWatch, type Resolver } from 'react-hook-form'
import { useNavigate, type NavigateOptions } from 'react-router'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { requestReauth } from '../../../session/reauth'
import { rowElement } from '../row-focus'
import { useShowHandler } from '../show-handler'
import { useUndoableDelete } from '../undo/use-undoable-delete'
import { FormFocusContext } from './form-focus'
import { editUrl, type FormLocation } from './form-location'
import {
  handlerFormSchema,
  renameSchema,
  type FormValues,
  type SubmittedValues,
  type ValidValues,
} from './form-schema'
import { CheckProblem } from './check-problem'
import { CreatedNotice } from './created-notice'
import { merged, type ConflictField } from './conflict'
import { ConflictPanel } from './conflict-panel'
import { createInput, editInput, intendedOf, isEmptyInput, valuesOf } from './form-values'
import { LeaveConfirm, useGuardedNavigate, useLeaveGuard } from './leave-guard'
import { NameField } from './name-field'
import { SaveError } from './save-error'
import { SaveReport } from './save-report'
import { typeFields } from './type-fields'
import { useTypeOffers } from './type-offers'
import { TypeSelect } from './type-select'
import { UnknownSettings } from './unknown-settings'
import { useConflictCheck } from './use-conflict-check'
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
  const guardedNavigate = useGuardedNavigate()
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
  // A handler deleted elsewhere while its form was open is created again from the form.
  const recreate = useSaveHandler(null)
  const check = useConflictCheck(original)
  const showHandler = useShowHandler()
  const focusOnClose = use(FormFocusContext)
  const offers = useTypeOffers()
  const remove = useUndoableDelete()
  // A type the plan has no room for (a copy of one, say): Create would only be refused.
  const noRoom =
    original === null && offers.some((offer) => offer.type === type && offer.kind !== 'open')
  // A second submit while the first is on its way must not create a second handler.
  const sending = useRef(false)

  const leaveTo = (url: string, options?: NavigateOptions) => {
    allow()
    void navigate(url, options)
  }

  /** Saves `values` as an edit of the server's copy `against`, or as a new handler. */
  const write = (values: SubmittedValues, against: Handler | null) => {
    if (sending.current) return
    const input = against ? editInput(against, values) : createInput(values as ValidValues)
    if (isEmptyInput(input)) return leaveTo(location.listUrl)
    sending.current = true
    const mutation = against || !original ? save : recreate
    mutation.mutate(
      {
        input,
        intended: intendedOf(values, against),
        before: against,
        copy: location.target.mode === 'copy',
      },
      {
        onSuccess: ({ id, held, differences }) => {
          const text = t(against ? 'form.updated' : 'form.created', {
            name: held?.name ?? values.name,
          })
          const notice = `saved-${id}`
          const show = () => {
            notifications.hide(notice)
            void showHandler(id, location.listUrl)
          }
          notifications.show({
            id: notice,
            color: differences.length ? 'yellow' : 'teal',
            message: against ? text : <CreatedNotice text={text} onShow={show} />,
          })
          // The saved row takes focus when it is on the page, a new one included.
          focusOnClose(rowElement(id))
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
  // An edit reads the handler again first; what changed elsewhere waits for the user's choice.
  const send = async (values: SubmittedValues) => {
    if (!original) return write(values, null)
    if (sending.current) return
    sending.current = true
    const server = await check.verify()
    sending.current = false
    if (server === 'key-lost') void renewKeyAndRetry()
    else if (server) write(values, server)
  }
  const saveChosen = (server: Handler, theirs: ConflictField[]) => {
    form.reset(merged(form.getValues(), server, theirs), { keepDefaultValues: true })
    check.settle(server)
    void form.handleSubmit((values) => write(values, server))()
  }
  const keepServer = (server: Handler) => {
    form.reset(valuesOf(server))
    check.settle(server)
  }
  const submit = (event?: BaseSyntheticEvent) => form.handleSubmit(send)(event)
  // The key is asked for again over the form, which keeps what was typed, then the save is retried.
  const renewKeyAndRetry = async () => {
    if (await requestReauth(account.id)) await submit()
  }

  const TypeField = type ? typeFields[type] : null
  const conflict = check.state.kind === 'conflict' ? check.state : null
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {location.report && <SaveReport differences={location.report} />}
        {conflict && (
          <ConflictPanel
            server={conflict.server}
            fields={conflict.fields}
            values={form.getValues()}
            onSave={(theirs) => saveChosen(conflict.server, theirs)}
            onKeepServer={() => keepServer(conflict.server)}
          />
        )}
        {(check.state.kind === 'gone' || check.state.kind === 'failed') && (
          <CheckProblem
            problem={check.state}
            onRetry={() => void submit()}
            onRecreate={
              known ? () => void form.handleSubmit((values) => write(values, null))() : undefined
            }
            onBack={() => leaveTo(location.listUrl)}
          />
        )}
        {recreate.isError && (
          <SaveError
            error={recreate.error}
            type={recreate.variables?.input.type ?? null}
            onRetry={() => void form.handleSubmit((values) => write(values, null))()}
            onRenewKey={() => void renewKeyAndRetry()}
            onBack={() => leaveTo(location.listUrl)}
            editing={false}
          />
        )}
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
          {original && (
            <Button
              variant="subtle"
              color="red.9"
              me="auto"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => {
                // No question: the delete waits out its undo window, edits and all.
                leaveTo(location.listUrl)
                void remove(original)
              }}
            >
              {t('handlers.actions.delete')}
            </Button>
          )}
          <Button variant="default" onClick={() => guardedNavigate(location.listUrl)}>
            {t('form.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending || recreate.isPending || check.state.kind === 'checking'}
            disabled={noRoom}
          >
            {t(original ? 'form.submit.save' : 'form.submit.create')}
          </Button>
        </Group>
      </Stack>
      <LeaveConfirm blocker={blocker} />
    </form>
  )
}
