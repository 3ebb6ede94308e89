import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { forgetClient } from './account-api'
import { stopDemo } from './demo'
import { getAccount, signOut } from './session'

/** Everything a tab keeps for a signed-in user besides the session itself. */
export const DRAFT_STORAGE_KEY = 'conecto.draft'

/**
 * Forgets the key, every cached response and any unsaved form, then returns to sign-in.
 * `returnTo` brings the user back to where they were once they sign in again.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(
    (options: { returnTo?: string } = {}) => {
      const account = getAccount()
      if (account) forgetClient(account.id)
      if (account?.kind === 'demo') void stopDemo()
      signOut()
      queryClient.clear()
      try {
        sessionStorage.removeItem(DRAFT_STORAGE_KEY)
      } catch {
        // Nothing was stored where there is no storage.
      }
      navigate('/sign-in', {
        replace: true,
        state: options.returnTo ? { from: options.returnTo } : undefined,
      })
    },
    [queryClient, navigate],
  )
}
