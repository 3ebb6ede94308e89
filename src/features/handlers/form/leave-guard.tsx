import { Button, Group, Modal, Text } from '@mantine/core'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate, type NavigateOptions } from 'react-router'
import { useI18n } from '../../../i18n/i18n'
import { interceptPops } from '../../../lib/history-guard'
import { useUnloadGuard } from '../../../lib/use-unload-guard'

/** A way out held until the user says whether to lose the changes. */
export interface Blocker {
  state: 'blocked' | 'unblocked'
  proceed?: () => void
  reset?: () => void
}

interface Guard {
  blocks: () => boolean
  hold: (leave: () => void) => void
}

// The form open now, if its changes are unsaved. There is one form on screen at a time.
let current: Guard | null = null

/** The position of the current entry in the tab's history, as react-router numbers it. */
function historyIndex(): number | null {
  const index: unknown = (window.history.state as { idx?: unknown } | null)?.idx
  return typeof index === 'number' ? index : null
}

/**
 * Asks before unsaved changes are lost: a way out of the form through `useGuardedNavigate`, the
 * browser's Back and Forward, a reload or a closed tab. `allow()` lets a save or a forced
 * sign-in leave without asking.
 */
export function useLeaveGuard(dirty: boolean) {
  const allowed = useRef(false)
  const [held, setHeld] = useState<(() => void) | null>(null)

  useEffect(() => {
    if (!dirty) return
    const guard: Guard = {
      blocks: () => !allowed.current,
      // A transition, as the router's own blocker: the question opens once the key or click that
      // asked has been handled to the end (the drawer's Escape included), so the focus it moves
      // to its first button stays there.
      hold: (leave) => startTransition(() => setHeld(() => leave)),
    }
    current = guard
    // Back or Forward has already moved the tab: the move is undone before the router sees it,
    // and made again if the user chooses to lose the changes.
    const here = historyIndex()
    let undoing = false
    const onPop = (event: PopStateEvent) => {
      if (undoing) {
        undoing = false
        event.stopImmediatePropagation()
        return
      }
      const there = historyIndex()
      if (allowed.current || here === null || there === null || there === here) return
      event.stopImmediatePropagation()
      undoing = true
      window.history.go(here - there)
      guard.hold(() => window.history.go(there - here))
    }
    const stopIntercepting = interceptPops(onPop)
    return () => {
      stopIntercepting()
      if (current === guard) current = null
    }
  }, [dirty])

  useUnloadGuard(dirty, allowed)

  const allow = useCallback(() => {
    allowed.current = true
  }, [])
  const blocker: Blocker = held
    ? {
        state: 'blocked',
        proceed: () => {
          allow()
          setHeld(null)
          held()
        },
        reset: () => setHeld(null),
      }
    : { state: 'unblocked' }
  return { blocker, allow }
}

/** `navigate`, which asks first when it would leave a form with unsaved changes. */
export function useGuardedNavigate() {
  const navigate = useNavigate()
  return useCallback(
    (to: string, options?: NavigateOptions) => {
      const leave = () => void navigate(to, options)
      if (current?.blocks()) current.hold(leave)
      else leave()
    },
    [navigate],
  )
}

export function LeaveConfirm({ blocker }: { blocker: Blocker }) {
  const { t } = useI18n()
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('form.leave.title')}
      centered
    >
      <Text size="sm" mb="md">
        {t('form.leave.body')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('form.leave.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('form.leave.discard')}
        </Button>
      </Group>
    </Modal>
  )
}
