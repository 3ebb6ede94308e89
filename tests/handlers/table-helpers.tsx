// Shared steps of the table tests: read the table as a user sees it.
import { screen, waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'

/** The table's name, in English or Persian. */
export const TABLE_NAME = /^(Notification handlers|مقصدهای اطلاع‌رسانی)$/

/** The table's rows, without its header row, once it is neither loading nor behind the search box. */
export async function shownRows() {
  return waitFor(() => {
    const table = screen.getByRole('table', { name: TABLE_NAME })
    expect(table.closest('[aria-busy="true"]')).toBeNull()
    return within(table).getAllByRole('row').slice(1) as HTMLTableRowElement[]
  })
}

/** The names in the table, in order. */
export async function shownNames() {
  return (await shownRows()).map((row) => row.cells[1]!.textContent)
}
