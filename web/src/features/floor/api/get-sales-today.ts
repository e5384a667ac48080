import { queryOptions } from '@tanstack/react-query'
import { apiJson, apiPath } from '@/lib/api-client'
import type { AgentReport, PlatformRates } from '@/lib/contract'
import type { FloorFilter } from './get-floor'

/** Today's (UTC day, as reports count) evaluation report of the filter: its conversion figures feed the sales tiles. */
export function todayReportQueryOptions(filter: FloorFilter) {
  const today = new Date().toISOString().slice(0, 10)
  return queryOptions({
    queryKey: ['floor', 'report-today', filter.storeId, filter.teamId, today],
    queryFn: ({ signal }) =>
      apiJson<AgentReport>(apiPath('/api/reports/agents', { from: today, to: today, storeId: filter.storeId, teamId: filter.teamId }), { signal }),
    refetchInterval: 30_000,
  })
}

/** The live platform response rates of the stores in the filter. */
export function platformRatesQueryOptions(storeId: string | null) {
  return queryOptions({
    queryKey: ['floor', 'platform-metrics', storeId],
    queryFn: ({ signal }) => apiJson<PlatformRates[]>(apiPath('/api/platform-metrics', { storeId }), { signal }),
    refetchInterval: 15_000,
  })
}
