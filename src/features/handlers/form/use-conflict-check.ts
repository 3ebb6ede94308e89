import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { useAccountApi } from '../../../session/account-api'
import { refetchLists } from '../cache'
import { handlerQueries } from '../queries'
import { changedElsewhere, type ConflictField } from './conflict'

export type ConflictCheck =
  | { kind: 'idle' }
  | { kind: 'checking' }
  /** Changed elsewhere: nothing is sent until the user chooses. */
  | { kind: 'conflict'; server: Handler; fields: ConflictField[] }
  /** Deleted elsewhere. */
  | { kind: 'gone' }
  /** The handler could not be read again. */
  | { kind: 'failed'; error: unknown }

/**
 * An edit's copy of the handler to save against, read again (one GET) before each save. `base`
 * is the copy the form opened with until the user has settled a conflict with a newer one.
 */
export function useConflictCheck(original: Handler | null) {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const [base, setBase] = useState(original)
  const [state, setState] = useState<ConflictCheck>({ kind: 'idle' })

  /**
   * The server's copy when the save may go ahead against it; null when the user must choose or
   * be told; `key-lost` when the key must be asked for again first.
   */
  const verify = async (): Promise<Handler | 'key-lost' | null> => {
    if (!base) return null
    setState({ kind: 'checking' })
    try {
      const server = await api.client.getHandler(base.id)
      const fields = changedElsewhere(base, server)
      if (fields.length > 0) {
        setState({ kind: 'conflict', server, fields })
        return null
      }
      setState({ kind: 'idle' })
      return server
    } catch (error) {
      const gone = isApiError(error, 'not-found')
      setState(gone ? { kind: 'gone' } : { kind: 'failed', error })
      // The table drops the row; the form keeps the values, to create it again if wanted.
      if (gone) void refetchLists(queryClient, handlerQueries(api))
      return isApiError(error, 'unauthorized') ? 'key-lost' : null
    }
  }

  /** The user has chosen: later saves compare with the server's copy they saw. */
  const settle = (server: Handler) => {
    setBase(server)
    setState({ kind: 'idle' })
  }

  return { base, state, verify, settle }
}
