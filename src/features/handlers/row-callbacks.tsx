import { useCallback } from 'react'
import type { Handler } from '../../api/types'
import type { ViewParams } from './list-params'
import { useUndoableDelete } from './undo/use-undoable-delete'
import { useUndoableToggle } from './undo/use-undoable-toggle'

interface Options {
  /** The page to show once the row deleted was the last of its page; null to stay. */
  previousPage: number | null
  setParams: (next: Partial<ViewParams>) => void
}

/**
 * A row's switch and delete, as stable callbacks: memoised rows render again only when their own
 * handler changes. Delete asks nothing: it can be undone for a few seconds.
 */
export function useRowActions({ previousPage, setParams }: Options) {
  const onToggle = useUndoableToggle()
  const remove = useUndoableDelete()
  const onDelete = useCallback(
    (handler: Handler) =>
      void remove(
        handler,
        previousPage === null ? undefined : () => setParams({ page: previousPage }),
      ),
    [remove, previousPage, setParams],
  )
  return { onToggle, onDelete }
}
