// Operations that write through the form: create and edit.
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import { chooseType, fill, formDialog } from '../handlers/form-helpers'
import { deleteInSim, renewKey, SLACK, storedRows, tableAgrees, type Ctx } from './context'
import { errorSentence, FORM_ERROR_TITLE, type FaultName } from './faults'
import type { Operation, Run } from './operation'
import { nameLabel } from './read-operations'

// Another try can mend these; a refusal, a missing handler or an unreadable answer it cannot.
const RETRYABLE = new Set<FaultName>(['rateLimited', 'html500', 'dropped', 'timeout'])
// The request may have reached the server before the answer went wrong.
const MAYBE_SAVED = new Set<FaultName>(['notJson', 'wrongShape', 'dropped', 'timeout'])

/** What the form's alert says: the catalogue's sentence, and for a refusal the server's own. */
function formMessages(ctx: Ctx, fault: FaultName, editing: boolean): string[] {
  // A 404 on an update: the handler is gone. On a create there is no handler to be gone.
  if (fault === 'notFound' && editing) return [ctx.t('form.saveFailed'), ctx.t('form.notFound')]
  const messages = [ctx.t('form.saveFailed'), errorSentence(ctx.t, fault)]
  if (fault === 'refused') messages.push(ctx.t('error.serverSaid', { message: FORM_ERROR_TITLE }))
  if (MAYBE_SAVED.has(fault)) messages.push(ctx.t('form.maybeSaved'))
  return messages
}

/** The parts of a form run that create and edit share. */
function formRun(
  ctx: Ctx,
  dialog: HTMLElement,
  submit: string,
  editing: boolean,
): Pick<Run, 'act' | 'report' | 'messages' | 'retry'> {
  return {
    act: () => ctx.user.click(within(dialog).getByRole('button', { name: submit })),
    report: () => within(dialog).getByRole('alert'),
    messages: (fault) => formMessages(ctx, fault, editing),
    retry(fault) {
      // The form asks for the key again by itself, then saves what was typed.
      if (fault === 'badKey') return () => renewKey(ctx)
      if (!RETRYABLE.has(fault)) return null
      return () => ctx.user.click(within(dialog).getByRole('button', { name: ctx.t('form.retry') }))
    },
  }
}

export const create: Operation = {
  id: 'create',
  title: 'create',
  readRetry: false,
  rateLimitRetries: 0,
  notApplicable: {},
  async prepare(ctx) {
    const { location } = ctx.render('/handlers/new')
    const dialog = await formDialog(ctx.t('form.title.new'))
    const name = within(dialog).getByRole('textbox', { name: nameLabel(ctx) })
    await fill(ctx.user, name, 'Pager')
    await chooseType(ctx.user, ctx.t('type.slack'), new RegExp(`^${ctx.t('form.type.label')}`))
    const target = () =>
      within(dialog).getByRole('textbox', { name: new RegExp(`^${ctx.t('type.slack.field')}`) })
    await fill(ctx.user, target(), SLACK)
    const before = storedRows(ctx)
    return {
      target: { method: 'POST', path: /\/notification-handlers$/ },
      ...formRun(ctx, dialog, ctx.t('form.submit.create'), false),
      kept() {
        expect(name).toHaveValue('Pager')
        expect(
          within(dialog).getByRole('combobox', {
            name: new RegExp(`^${ctx.t('form.type.label')}`),
          }),
        ).toHaveValue(ctx.t('type.slack'))
        expect(target()).toHaveValue(SLACK)
      },
      agrees(fault) {
        expect(storedRows(ctx)).toEqual(before)
        tableAgrees(ctx)
        if (fault === 'notFound') {
          // Nothing was deleted: the form does not say so, nor offer to leave for that reason.
          expect(dialog).not.toHaveTextContent(ctx.t('form.notFound'))
          const back = ctx.t('form.backToList')
          expect(within(dialog).queryByRole('button', { name: back })).toBeNull()
        }
      },
      done() {
        expect(location()).toBe('/handlers')
        expect(screen.queryByRole('dialog')).toBeNull()
        const created = ctx.sim.handlersOf(ctx.key).filter((h) => h.name === 'Pager')
        expect(created).toMatchObject([{ type: 'slack', settings: { slack: SLACK } }])
        tableAgrees(ctx)
      },
    }
  },
}

export const edit: Operation = {
  id: 'edit',
  title: 'edit',
  readRetry: false,
  rateLimitRetries: 0,
  notApplicable: {},
  async prepare(ctx) {
    const { id, name: saved } = storedRows(ctx)[0]!
    const { location } = ctx.render(`/handlers/${id}/edit`)
    const dialog = await formDialog(ctx.t('form.title.edit'))
    const name = within(dialog).getByRole('textbox', { name: nameLabel(ctx) })
    expect(name).toHaveValue(saved)
    await fill(ctx.user, name, 'Renamed inbox')
    const run = formRun(ctx, dialog, ctx.t('form.submit.save'), true)
    return {
      target: { method: 'POST', path: new RegExp(`/notification-handlers/${id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, id),
      ...run,
      retry(fault) {
        if (fault !== 'notFound') return run.retry(fault)
        return () =>
          ctx.user.click(within(dialog).getByRole('button', { name: ctx.t('form.backToList') }))
      },
      kept: () => expect(name).toHaveValue('Renamed inbox'),
      agrees(fault) {
        const stored = storedRows(ctx).find((row) => row.id === id)
        if (fault === 'notFound') expect(stored).toBeUndefined()
        else expect(stored?.name).toBe(saved)
        tableAgrees(ctx)
      },
      done(fault) {
        expect(location()).toBe('/handlers')
        if (fault !== 'notFound') {
          expect(storedRows(ctx).find((row) => row.id === id)?.name).toBe('Renamed inbox')
        }
        tableAgrees(ctx)
      },
    }
  },
}
