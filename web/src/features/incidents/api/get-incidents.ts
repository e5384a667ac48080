import { queryOptions } from '@tanstack/react-query'
import type { AlertStatus } from '@/lib/contract'
import { fetchIncidents, incidentStatuses } from '@/lib/incidents-query'

export type IncidentCounts = Record<AlertStatus, number>

/** How many incidents each tab holds (`X-Total-Count` of a one-item page per status). */
export function incidentCountsQueryOptions(storeId: string | null, teamId: string | null) {
  return queryOptions({
    queryKey: ['incident-counts', storeId, teamId] as const,
    queryFn: async ({ signal }): Promise<IncidentCounts> => {
      const pages = await Promise.all(incidentStatuses.map((status) => fetchIncidents({ status, storeId, teamId }, 1, signal)))
      return { open: pages[0]?.total ?? 0, acknowledged: pages[1]?.total ?? 0, resolved: pages[2]?.total ?? 0 }
    },
    staleTime: Infinity,
  })
}
