import { useQuery, useQueryClient } from '@tanstack/react-query'
import { CONECTO_TYPES, HANDLER_TYPES, type HandlerType } from '../../../handler-types/registry'
import { useAccountApi } from '../../../session/account-api'
import { accountQueries } from '../../../session/queries'
import { cachedLists } from '../cache'
import { usePlanUsage } from '../plan-usage'
import { handlerQueries } from '../queries'

/** Whether the form may create a handler of a type, and if not, why. */
export type TypeOffer =
  | { type: HandlerType; kind: 'open' }
  /** Every handler the plan allows of this type exists already. */
  | { type: HandlerType; kind: 'full'; limit: number }
  /** The site offers the type, the plan does not (a limit of 0). */
  | { type: HandlerType; kind: 'excluded' }

/**
 * The types the create form offers: those the site knows (one limit each in the profile), or,
 * where the server has no profile, Conecto's own and any seen in the account's list. Each is open,
 * full or excluded by the plan; a full type's count needs the whole account, loaded for it.
 */
export function useTypeOffers(): TypeOffer[] {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const profile = useQuery(accountQueries(api).profile())
  const usage = usePlanUsage({ load: true })
  const limits = profile.data?.limits ?? null

  const site = new Set<string>(limits ? Object.keys(limits) : CONECTO_TYPES)
  if (!limits) {
    for (const [, page] of cachedLists(queryClient, handlerQueries(api))) {
      for (const handler of page?.items ?? []) if (handler.type) site.add(handler.type)
    }
  }
  return HANDLER_TYPES.filter((type) => site.has(type)).map((type): TypeOffer => {
    const limit = limits?.[type]
    if (limit === 0) return { type, kind: 'excluded' }
    const used = usage?.find((entry) => entry.type === type)?.used
    if (typeof limit === 'number' && used !== undefined && used >= limit) {
      return { type, kind: 'full', limit }
    }
    return { type, kind: 'open' }
  })
}
