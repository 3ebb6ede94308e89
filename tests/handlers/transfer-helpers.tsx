// Renders the transfer actions the way the table's toolbar does, above a plain list of the
// current account's handlers with a checkbox each, so that tests select rows as a user would, and
// the shell's key-renewal dialog when a key stops working.
import { useQuery } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { MemoryRouter } from 'react-router'
import { afterEach, expect, vi } from 'vitest'
import { AppProviders } from '../../src/app/providers'
import { createQueryClient } from '../../src/app/query-client'
import { useAccountApi } from '../../src/session/account-api'
import { usePendingReauth } from '../../src/session/reauth'
import { ReauthDialog } from '../../src/features/accounts/reauth-dialog'
import { handlerQueries } from '../../src/features/handlers/queries'
import { TransferActions } from '../../src/features/handlers/transfer/transfer-actions'
import { applyToDocument } from '../../src/i18n/i18n'
import type { Language } from '../../src/i18n/format'
import '../render'

// Unmounts before render.tsx signs every account out (after-hooks run last-registered first), so
// that the toolbar never renders without an account.
afterEach(() => cleanup())

function Toolbar() {
  const api = useAccountApi()
  const list = useQuery(handlerQueries(api).list({ page: 1, perPage: 100 }))
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set())
  const handlers = list.data?.items ?? []
  const reauthPending = usePendingReauth() !== null
  return (
    <>
      {reauthPending && <ReauthDialog />}
      <TransferActions selected={handlers.filter((h) => ticked.has(h.id))} filtered={null} />
      <ul aria-label="Handlers" aria-busy={list.isPending}>
        {handlers.map((handler) => (
          <li key={handler.id}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(handler.id)}
                onChange={() =>
                  setTicked((previous) => {
                    const next = new Set(previous)
                    if (!next.delete(handler.id)) next.add(handler.id)
                    return next
                  })
                }
              />
              {`Select “${handler.name}”`}
            </label>
          </li>
        ))}
      </ul>
    </>
  )
}

export async function renderToolbar({ language = 'en' }: { language?: Language } = {}) {
  localStorage.setItem('conecto.language', language)
  applyToDocument(language)
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 },
  })
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <MemoryRouter>
        <Toolbar />
      </MemoryRouter>
    </AppProviders>,
  )
  await waitFor(() =>
    expect(screen.getByRole('list', { name: 'Handlers' })).toHaveAttribute('aria-busy', 'false'),
  )
  return { ...view, queryClient, user: userEvent.setup({ applyAccept: false }) }
}

/** Downloads the app starts: the file's blob and the name it is saved under. */
export function captureDownloads() {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '')
    if (blob) files.push({ name: this.download, blob })
  })
  return files
}

export const fileOf = (name: string, text: string, type = '') => new File([text], name, { type })
