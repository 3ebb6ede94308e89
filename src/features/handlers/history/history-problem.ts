import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useI18n } from '../../../i18n/i18n'
import { clearHistoryProblem, useHistoryProblem } from './history-store'

/** Says so when a history could not be read back or kept, whether or not its drawer was opened. */
export function useHistoryProblemNotice() {
  const { t } = useI18n()
  const problem = useHistoryProblem()
  useEffect(() => {
    if (!problem) return
    notifications.show({ color: 'yellow', message: t(`history.dropped.${problem}`) })
    clearHistoryProblem()
  }, [problem, t])
}
