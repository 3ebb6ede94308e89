// Notifications and confirmation dialogs are loaded the first time one is shown: most visits
// show none, and their transitions, portals and scroll lock are a tenth of the first screen's
// JavaScript. The features call `notifications.show` and `modals.open…` as usual.
import { useNotifications } from '@mantine/notifications'
import { lazy, Suspense, useEffect, useState } from 'react'

const NotificationsHost = lazy(() => import('./notifications-host'))
const ModalsHost = lazy(() => import('./modals-host'))

export function LazyNotifications() {
  const { notifications, queue } = useNotifications()
  const [wanted, setWanted] = useState(false)
  if (!wanted && notifications.length + queue.length > 0) setWanted(true)
  return (
    wanted && (
      <Suspense fallback={null}>
        <NotificationsHost />
      </Suspense>
    )
  )
}

const OPEN_EVENTS = ['openModal', 'openConfirmModal', 'openContextModal'].map(
  (name) => `mantine-modals:${name}`,
)

/** Listens for the first request to open a dialog, keeps it, and loads the modals' provider. */
export function LazyModals() {
  const [early] = useState<CustomEvent[]>([])
  const [wanted, setWanted] = useState(false)
  useEffect(() => {
    if (wanted) return
    const keep = (event: Event) => {
      early.push(event as CustomEvent)
      setWanted(true)
    }
    for (const name of OPEN_EVENTS) window.addEventListener(name, keep)
    return () => {
      for (const name of OPEN_EVENTS) window.removeEventListener(name, keep)
    }
  }, [wanted, early])
  return (
    wanted && (
      <Suspense fallback={null}>
        <ModalsHost early={early} />
      </Suspense>
    )
  )
}
