// Operations on one row of the table: the enable switch and delete.
import { screen, waitFor, within } from '@testing-library/react'
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
      // Closing the undo notice sends the delete now.
      const notice = await waitFor(() => notification(done))
      await ctx.user.click(
        within(notice).getByRole('button', { name: ctx.t('notifications.close') }),
      )
    }
    return {
      target: { method: 'DELETE', path: new RegExp(`/notification-handlers/${id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, id),
      act,
      // Deleted elsewhere already: what the user asked for is done, and the row stays gone.
      report: (fault) => (fault === 'notFound' ? gone(ctx, name, failed) : notification(failed)),
      messages: (fault) => (fault === 'notFound' ? [] : failureMessages(ctx, fault, failed)),
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
        gone(ctx, name)
        tableAgrees(ctx)
      },
    }
  },
}

/** The table without the row, and no word of a failure (where one is named): the delete is done. */
function gone(ctx: Ctx, name: string, failed?: string) {
  if (failed) expect(screen.queryByText(failed)).not.toBeInTheDocument()
  const table = screen.getByRole('table', { name: ctx.t('handlers.title') })
  expect(within(table).queryByText(name)).not.toBeInTheDocument()
  return table
}
