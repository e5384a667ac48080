import { queryOptions } from '@tanstack/react-query'
import { apiJson, apiPath } from '@/lib/api-client'
import type { AlertFilter } from '@/lib/alerts'
import type { Alert, AlertStatus } from '@/lib/contract'

export interface AlertsQuery extends AlertFilter {
  status: AlertStatus
  kind: string | null
  storeId: string | null
  teamId: string | null
}

export const alertsListLimit = 200

export function alertsQueryKey(query: AlertsQuery): readonly ['alerts', AlertsQuery] {
  return ['alerts', query] as const
}

export function alertsQueryOptions(query: AlertsQuery) {
  return queryOptions({
    queryKey: alertsQueryKey(query),
    queryFn: ({ signal }) => apiJson<Alert[]>(apiPath('/api/alerts', { ...query, limit: alertsListLimit }), { signal }),
    staleTime: Infinity,
  })
}
