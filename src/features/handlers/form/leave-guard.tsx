import { Button, Group, Modal, Text } from '@mantine/core'
import { useCallback, useRef } from 'react'
import { useBlocker, type Blocker } from 'react-router'
import { useI18n } from '../../../i18n/i18n'
import { useUnloadGuard } from '../../../lib/use-unload-guard'

/**
 * Asks before unsaved changes are lost: in-app navigation (closing the drawer included) through
 * the router, a reload or a closed tab through `beforeunload`. `allow()` lets a save or a forced
 * sign-in leave without asking.
 */
export function useLeaveGuard(dirty: boolean) {
  const allowed = useRef(false)
  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        dirty &&
        !allowed.current &&
        currentLocation.pathname + currentLocation.search !==
          nextLocation.pathname + nextLocation.search,
      [dirty],
    ),
  )

  useUnloadGuard(dirty, allowed)

  const allow = useCallback(() => {
    allowed.current = true
  }, [])
  return { blocker, allow }
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
