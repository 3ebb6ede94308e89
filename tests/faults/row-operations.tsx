// Operations on one row of the table: the enable switch and delete.
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import {
  deleteInSim,
  notification,
  renewKey,
  storedRows,
  tableAgrees,
  tableLoaded,
  type Ctx,
} from './context'
import { errorSentence, FORM_ERROR_TITLE, type FaultName } from './faults'
import type { Operation } from './operation'

function failureMessages(ctx: Ctx, fault: FaultName, title: string): string[] {
  const messages = [title, errorSentence(ctx.t, fault)]
  if (fault === 'refused') messages.push(ctx.t('error.serverSaid', { message: FORM_ERROR_TITLE }))
  return messages
}

/**
 * The switch and the row's menu stay where they were: acting again is the retry they offer. With
 * the key gone, the key is asked for first.
 */
function actAgain(ctx: Ctx, fault: FaultName, act: () => Promise<void>) {
  if (fault === 'notFound' || fault === 'refused') return null
  return async () => {
    if (fault === 'badKey') await renewKey(ctx)
    await act()
  }
}

export const toggle: Operation = {
  id: 'toggle',
  title: 'toggle',
  readRetry: false,
  rateLimitRetries: 2,
  notApplicable: {},
  async prepare(ctx) {
    ctx.render('/handlers')
    await tableLoaded(ctx)
    const { id, name } = storedRows(ctx)[0]!
    const title = ctx.t('handlers.toggle.disableFailed', { name })
    const act = () =>
      ctx.user.click(screen.getByRole('switch', { name: ctx.t('handlers.toggle.label', { name }) }))
    return {
      target: { method: 'POST', path: new RegExp(`/notification-handlers/${id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, id),
      act,
      report: () => notification(title),
      messages: (fault) => failureMessages(ctx, fault, title),
      kept() {},
      agrees(fault) {
        // Put back as the server holds it; a handler deleted elsewhere leaves the table.
        if (fault === 'notFound') expect(storedRows(ctx).map((row) => row.id)).not.toContain(id)
        tableAgrees(ctx)
      },
      retry: (fault) => actAgain(ctx, fault, act),
      done() {
        expect(storedRows(ctx)[0]).toMatchObject({ id, status: 'disabled' })
        tableAgrees(ctx)
      },
    }
  },
}

export const remove: Operation = {
  id: 'delete',
  title: 'delete',
  readRetry: false,
  rateLimitRetries: 2,
  notApplicable: {
    refused: 'DELETE sends no form: a 401 on it is the bad key.',
    notJson:
      'The platform’s DELETE answers 200 with an empty body that the client does not read: any 200 is a success.',
    wrongShape:
      'The platform’s DELETE answers 200 with an empty body that the client does not read: any 200 is a success.',
  },
  async prepare(ctx) {
    ctx.render('/handlers')
    await tableLoaded(ctx)
    const { id, name } = storedRows(ctx)[1]!
    const failed = ctx.t('handlers.delete.failed', { name })
    const done = ctx.t('handlers.delete.done', { name })
    const act = async () => {
      await ctx.user.click(
        screen.getByRole('button', { name: ctx.t('handlers.actions.menu', { name }) }),
      )
      await ctx.user.click(
        await screen.findByRole('menuitem', { name: ctx.t('handlers.actions.delete') }),
      )
      const dialog = await screen.findByRole('dialog', { name: ctx.t('handlers.delete.title') })
      await ctx.user.click(
        within(dialog).getByRole('button', { name: ctx.t('handlers.delete.confirm') }),
      )
    }
    return {
      target: { method: 'DELETE', path: new RegExp(`/notification-handlers/${id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, id),
      act,
      // Deleted elsewhere already: what the user asked for is done, and said so.
      report: (fault) => notification(fault === 'notFound' ? done : failed),
      messages: (fault) => (fault === 'notFound' ? [done] : failureMessages(ctx, fault, failed)),
      kept() {},
      agrees(fault) {
        const stored = storedRows(ctx).map((row) => row.id)
        if (fault === 'notFound') expect(stored).not.toContain(id)
        else expect(stored).toContain(id)
        tableAgrees(ctx)
      },
      retry: (fault) => actAgain(ctx, fault, act),
      done() {
        expect(storedRows(ctx).map((row) => row.id)).not.toContain(id)
        screen.getByText(done)
        tableAgrees(ctx)
      },
    }
  },
}
