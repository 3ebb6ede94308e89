// Operations on many handlers at once, where one item meets the fault: bulk disable and import.
import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import { fileOf, renderToolbar } from '../handlers/transfer-helpers'
import { signInAs } from '../render'
import {
  byRoleWithText,
  deleteInSim,
  renewKey,
  storedRows,
  tableAgrees,
  tableLoaded,
} from './context'
import { errorSentence, type FaultName } from './faults'
import type { Operation } from './operation'

export const bulkItem: Operation = {
  id: 'bulkItem',
  title: 'bulk item',
  readRetry: false,
  rateLimitRetries: 2,
  notApplicable: {},
  async prepare(ctx) {
    ctx.render('/handlers')
    await tableLoaded(ctx)
    await ctx.user.click(screen.getByRole('checkbox', { name: ctx.t('bulk.select.page') }))
    const victim = storedRows(ctx)[1]!
    const report = () => screen.getByRole('region', { name: ctx.t('bulk.report.label') })
    // With the key gone every item fails, not only the one aimed at.
    const failedCount = (fault: FaultName) => (fault === 'badKey' ? 3 : 1)
    return {
      target: { method: 'POST', path: new RegExp(`/notification-handlers/${victim.id}$`) },
      deleteElsewhere: () => deleteInSim(ctx, victim.id),
      act: () =>
        ctx.user.click(
          within(screen.getByRole('group', { name: ctx.t('bulk.actions') })).getByRole('button', {
            name: ctx.t('bulk.disable'),
          }),
        ),
      report,
      messages(fault) {
        const count = failedCount(fault)
        const messages = [ctx.t('bulk.report.problems'), ctx.t('bulk.failedCount', { count })]
        if (count < 3) messages.push(ctx.t('bulk.done.disable', { count: 3 - count }))
        return messages
      },
      kept() {},
      agrees(fault) {
        // The report names the failed item and why; the rest is as the server holds it.
        const list = within(report()).getByRole('list', { name: ctx.t('bulk.failures') })
        const items = within(list).getAllByRole('listitem')
        expect(items).toHaveLength(failedCount(fault))
        for (const item of items) expect(item).toHaveTextContent(errorSentence(ctx.t, fault))
        expect(items.some((item) => item.textContent?.includes(victim.name))).toBe(true)
        const stored = storedRows(ctx)
        if (fault === 'notFound') expect(stored.map((row) => row.id)).not.toContain(victim.id)
        else expect(stored.find((row) => row.id === victim.id)?.status).toBe('enabled')
        expect(stored.filter((row) => row.status === 'disabled')).toHaveLength(
          3 - failedCount(fault),
        )
        tableAgrees(ctx)
      },
      retry(fault) {
        if (fault === 'notFound') return null
        return async () => {
          if (fault === 'badKey') await renewKey(ctx)
          const count = failedCount(fault)
          await ctx.user.click(
            within(report()).getByRole('button', { name: ctx.t('bulk.retry', { count }) }),
          )
        }
      },
      done() {
        expect(report()).toHaveTextContent(ctx.t('bulk.report.done'))
        expect(storedRows(ctx).every((row) => row.status === 'disabled')).toBe(true)
        tableAgrees(ctx)
      },
    }
  },
}

const CSV = [
  'name,type,target',
  'Imported one,webhook,https://example.com/i/1',
  'Imported two,webhook,https://example.com/i/2',
  'Imported three,webhook,https://example.com/i/3',
].join('\n')

export const importItem: Operation = {
  id: 'importItem',
  title: 'import item',
  readRetry: false,
  rateLimitRetries: 2,
  notApplicable: {},
  async prepare(ctx) {
    signInAs(ctx.key, { label: 'Client A' })
    await renderToolbar({ language: ctx.language })
    const account = 'Client A'
    await ctx.user.click(screen.getByRole('button', { name: ctx.t('transfer.import') }))
    const dialog = await screen.findByRole('dialog', {
      name: ctx.t('transfer.dialog.import', { account }),
    })
    await ctx.user.upload(
      within(dialog).getByLabelText(ctx.t('transfer.file.label')),
      fileOf('handlers.csv', CSV),
    )
    const confirm = await within(dialog).findByRole('button', {
      name: ctx.t('transfer.preview.confirm', { count: 3, account }),
    })
    const listed = () =>
      screen
        .getAllByRole('checkbox', { name: /^Select “/ })
        .map((box) => box.parentElement!.textContent!.slice('Select “'.length, -1))
        .sort()
    const agree = () => {
      const stored = ctx.sim.handlersOf(ctx.key).map((handler) => handler.name)
      expect(listed()).toEqual(stored.sort())
    }
    const failedCount = (fault: FaultName) => (fault === 'badKey' ? 3 : 1)
    return {
      // One row's create: the three go out at once, and the others must still be made.
      target: {
        method: 'POST',
        path: /\/notification-handlers$/,
        fields: { name: 'Imported two' },
      },
      act: () => ctx.user.click(confirm),
      report: () => byRoleWithText('status', ctx.t('transfer.report.titleFailed'), dialog),
      messages(fault) {
        const count = failedCount(fault)
        return [
          ctx.t('transfer.report.failed', { count }),
          ctx.t('transfer.report.created', { count: 3 - count, account }),
        ]
      },
      kept() {},
      agrees(fault) {
        // Each failed row is listed with why; the account holds the others, and the list shows them.
        const table = within(dialog).getByRole('table', { name: ctx.t('transfer.report.failures') })
        const rows = within(table).getAllByRole('row').slice(1)
        expect(rows).toHaveLength(failedCount(fault))
        for (const row of rows) expect(row).toHaveTextContent(errorSentence(ctx.t, fault))
        expect(ctx.sim.handlersOf(ctx.key)).toHaveLength(3 + 3 - failedCount(fault))
        agree()
      },
      retry: (fault) => async () => {
        // The key is asked for again, as for bulk work; the failed rows are retried with the new one.
        if (fault === 'badKey') await renewKey(ctx)
        await ctx.user.click(
          within(dialog).getByRole('button', { name: ctx.t('transfer.report.retry') }),
        )
      },
      done() {
        within(dialog).getByText(ctx.t('transfer.report.created', { count: 3, account }))
        expect(ctx.sim.handlersOf(ctx.key)).toHaveLength(6)
        agree()
      },
    }
  },
}
