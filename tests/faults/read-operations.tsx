// Operations that only read: signing in, the table, the whole account, the edit form's handler.
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import { getAccounts } from '../../src/session/accounts-store'
import type { MessageKey } from '../../src/i18n/en'
import {
  byRoleWithText,
  deleteInSim,
  renewKey,
  SEED,
  shownRows,
  storedRows,
  tableAgrees,
  tableLoaded,
  type Ctx,
} from './context'
import { errorSentence, RESET_SECONDS, type FaultName } from './faults'
import type { Operation } from './operation'

const READ_ONLY =
  'A read sends no form: the platform refuses the fields of a create or update, not a GET.'

/** The table's own load error, with a way to try again or to give the key again. */
function loadFailureRetry(ctx: Ctx, fault: FaultName) {
  if (fault === 'badKey') return () => renewKey(ctx)
  return async () => {
    const alert = byRoleWithText('alert', ctx.t('handlers.error.title'))
    await ctx.user.click(within(alert).getByRole('button', { name: ctx.t('handlers.retry') }))
  }
}

const SIGN_IN_MESSAGE: Record<FaultName, MessageKey> = {
  badKey: 'signIn.error.unauthorized',
  refused: 'signIn.error.unauthorized',
  // Neither /api/user nor the list: not the API of a Conecto-platform site.
  notFound: 'signIn.error.unreadable',
  rateLimited: 'signIn.error.rateLimited',
  html500: 'signIn.error.server',
  notJson: 'signIn.error.unreadable',
  wrongShape: 'signIn.error.unreadable',
  dropped: 'signIn.error.network',
  timeout: 'signIn.error.network',
}

export const nameLabel = (ctx: Ctx) => new RegExp(`^${ctx.t('form.name.label')}`)

export const signIn: Operation = {
  id: 'signIn',
  title: 'sign-in',
  readRetry: false,
  rateLimitRetries: 0,
  notApplicable: {
    refused: 'Sign-in only reads (GET /api/user, then the list): a 401 there is the bad key.',
  },
  async prepare(ctx) {
    const { location } = ctx.render('/sign-in', { signedIn: false })
    const keyField = await screen.findByLabelText(ctx.t('signIn.key'))
    const labelField = screen.getByLabelText(ctx.t('signIn.label'))
    await ctx.user.click(keyField)
    await ctx.user.paste(ctx.key)
    await ctx.user.type(labelField, 'Client A')
    const submit = () =>
      ctx.user.click(screen.getByRole('button', { name: ctx.t('signIn.submit') }))
    return {
      target: { method: 'GET' },
      // A 404 from /api/user sends the check on to the list, which must fail too.
      times: { notFound: 2 },
      act: submit,
      report: () => screen.getByRole('alert'),
      messages: (fault) => [ctx.t(SIGN_IN_MESSAGE[fault], { count: RESET_SECONDS })],
      kept() {
        expect(keyField).toHaveValue(ctx.key)
        expect(labelField).toHaveValue('Client A')
      },
      agrees() {
        expect(location()).toBe('/sign-in')
        expect(getAccounts().accounts).toEqual([])
        expect(shownRows()).toEqual([])
      },
      retry: () => submit,
      done() {
        expect(location()).toBe('/handlers')
        tableAgrees(ctx)
      },
    }
  },
}

export const openTable: Operation = {
  id: 'table',
  title: 'open the table',
  readRetry: true,
  rateLimitRetries: 2,
  notApplicable: { refused: READ_ONLY },
  async prepare(ctx) {
    return {
      target: { method: 'GET', path: 'results_per_page=25' },
      act: async () => void ctx.render('/handlers'),
      report: () => byRoleWithText('alert', ctx.t('handlers.error.title')),
      messages: (fault) => [errorSentence(ctx.t, fault)],
      kept() {},
      agrees() {
        expect(shownRows()).toEqual([])
        expect(screen.queryByText(ctx.t('handlers.count', { count: 3 }))).toBeNull()
      },
      retry: (fault) => loadFailureRetry(ctx, fault),
      done: () => tableAgrees(ctx),
    }
  },
}

export const loadAll: Operation = {
  id: 'loadAll',
  title: 'load all (review)',
  readRetry: true,
  rateLimitRetries: 2,
  notApplicable: { refused: READ_ONLY },
  async prepare(ctx) {
    ctx.render('/handlers')
    await tableLoaded(ctx)
    const count = storedRows(ctx).length
    return {
      target: { method: 'GET', path: 'results_per_page=1000' },
      act: () =>
        ctx.user.click(screen.getByRole('button', { name: ctx.t('review.check', { count }) })),
      report: () => byRoleWithText('alert', ctx.t('handlers.error.title')),
      messages: (fault) => [errorSentence(ctx.t, fault)],
      kept() {},
      agrees() {
        // The page already shown stays true; no findings are made up.
        tableAgrees(ctx)
        expect(screen.queryByText(ctx.t('review.none', { count }))).toBeNull()
      },
      retry: (fault) => loadFailureRetry(ctx, fault),
      done() {
        screen.getByText(ctx.t('review.none', { count: storedRows(ctx).length }))
        tableAgrees(ctx)
      },
    }
  },
}

/** More handlers than the first page of ten holds: the last is opened by a link to it. */
const MANY = [
  ...SEED,
  ...Array.from({ length: 9 }, (_, i) => ({
    type: 'webhook',
    name: `Hook ${i + 1}`,
    settings: { webhook: `https://example.com/hook/${i + 1}` },
  })),
]

export const openHandler: Operation = {
  id: 'openHandler',
  title: 'open a handler',
  readRetry: true,
  rateLimitRetries: 2,
  seed: MANY,
  notApplicable: { refused: READ_ONLY },
  async prepare(ctx) {
    // Not on the page the table shows: the form has to ask for it.
    const { id, name } = storedRows(ctx).at(-1)!
    const list = '?page=1&per_page=10'
    let location = () => ''
    const dialog = () => screen.getByRole('dialog', { name: ctx.t('form.title.edit') })
    return {
      target: { method: 'GET', path: new RegExp(`/notification-handlers/${id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, id),
      async act() {
        location = ctx.render(`/handlers/${id}/edit${list}`).location
      },
      report: () => byRoleWithText('alert', ctx.t('form.loadFailed'), dialog()),
      messages: (fault) => [
        fault === 'notFound' ? ctx.t('form.notFound') : errorSentence(ctx.t, fault),
      ],
      kept() {},
      agrees(fault) {
        // With the key gone the table failed too, and says so.
        if (fault === 'badKey') byRoleWithText('alert', ctx.t('handlers.error.title'))
        else tableAgrees(ctx, 10)
        expect(within(dialog()).queryByRole('textbox')).toBeNull()
      },
      retry(fault) {
        if (fault === 'badKey') return () => renewKey(ctx)
        const [role, label]: [string, MessageKey] =
          fault === 'notFound' ? ['link', 'form.backToList'] : ['button', 'form.retry']
        return () => ctx.user.click(within(dialog()).getByRole(role, { name: ctx.t(label) }))
      },
      done(fault) {
        if (fault === 'notFound') {
          expect(location()).toBe(`/handlers${list}`)
          expect(storedRows(ctx).map((row) => row.id)).not.toContain(id)
          return tableAgrees(ctx, 10)
        }
        const field = within(dialog()).getByRole('textbox', { name: nameLabel(ctx) })
        expect(field).toHaveValue(name)
        expect(storedRows(ctx).at(-1)!.name).toBe(name)
      },
    }
  },
}
