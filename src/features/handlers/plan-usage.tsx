import { Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { Handler } from '../../api/types'
import { HANDLER_TYPES, isKnownType } from '../../handler-types/registry'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { accountQueries } from '../../session/queries'
import { handlerQueries } from './queries'

interface Usage {
  type: string
  used: number
  limit: number
}

function countByType(handlers: readonly Handler[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const handler of handlers) {
    if (handler.type) counts.set(handler.type, (counts.get(handler.type) ?? 0) + 1)
  }
  return counts
}

/**
 * The plan's per-type limits against what the account holds. Counting needs every handler:
 * `load` asks for them (the form does, when a limit applies); otherwise only what is already
 * cached, or a page that holds the whole account, is counted.
 */
export function usePlanUsage({ load, page }: { load: boolean; page?: readonly Handler[] | null }) {
  const api = useAccountApi()
  const limits = useQuery(accountQueries(api).profile()).data?.limits ?? null
  const limited = limits !== null && Object.values(limits).some((limit) => limit !== null)
  const wholeAccount = useQuery({
    ...handlerQueries(api).wholeAccount(),
    enabled: limited && load,
  })
  const handlers = wholeAccount.data?.items ?? page ?? null
  if (!limited || !handlers) return null
  const counts = countByType(handlers)
  return HANDLER_TYPES.flatMap((type): Usage[] => {
    const limit = limits[type]
    return typeof limit === 'number' ? [{ type, used: counts.get(type) ?? 0, limit }] : []
  })
}

/** "3 of 5 e-mail handlers" for each limited type, above the table. */
export function PlanUsageSummary({ page }: { page: readonly Handler[] | null }) {
  const { t } = useI18n()
  const usage = usePlanUsage({ load: false, page })
  if (!usage || usage.length === 0) return null
  return (
    <Text size="sm" c="dimmed">
      {t('plan.summary', {
        usage: usage
          .map(({ type, used, limit }) =>
            t('plan.usage', { used, limit, type: isKnownType(type) ? t(`type.${type}`) : type }),
          )
          .join(' · '),
      })}
    </Text>
  )
}

/** Under the form's type: how many of this type the plan allows (a full type says more). */
export function PlanUsageHint({ type }: { type: string }) {
  const { t } = useI18n()
  const usage = usePlanUsage({ load: true })?.find((entry) => entry.type === type)
  if (!usage || !isKnownType(type)) return null
  const label = t(`type.${type}`)
  return (
    <Text size="sm" mt={4} c="dimmed">
      {t('plan.usage', { used: usage.used, limit: usage.limit, type: label })}
    </Text>
  )
}
