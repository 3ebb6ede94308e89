import { lazy, Suspense, useEffect, useState } from 'react'
import { resetHistory, useHistoryOpened } from './drawer-state'
import { useHistoryProblemNotice } from './history-problem'

const HistoryDrawer = lazy(() =>
  import('./history-drawer').then((module) => ({ default: module.HistoryDrawer })),
)

/**
 * The "Recent changes" drawer, loaded the first time it is opened (its restores bring the form's
 * validation) and kept mounted from then on: a restore's queue runs on while it is closed.
 */
export function LazyHistoryDrawer() {
  useHistoryProblemNotice()
  const opened = useHistoryOpened()
  const [wanted, setWanted] = useState(opened)
  if (!wanted && opened) setWanted(true)
  // Another account, or none, does not find this one's drawer open.
  useEffect(() => resetHistory, [])
  return (
    wanted && (
      <Suspense fallback={null}>
        <HistoryDrawer />
      </Suspense>
    )
  )
}
