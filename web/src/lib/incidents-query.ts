// The incident lists shared by the console and the wallboard: one cache entry per filter, patched by pushes.
import { queryOptions } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { apiList, apiPath } from './api-client'
import type { AlertStatus, Incident } from './contract'
import { applyIncident, orderFor, type IncidentFilter, type IncidentPage } from './incidents'

export const incidentStatuses: AlertStatus[] = ['open', 'acknowledged', 'resolved']

/** One page is enough for a console: 500 is the server's largest page, far above what a floor should have open. */
export const incidentsListLimit = 500

export function incidentsQueryKey(filter: IncidentFilter): readonly ['incidents', IncidentFilter] {
  return ['incidents', filter] as const
}

export async function fetchIncidents(filter: IncidentFilter, limit: number, signal?: AbortSignal): Promise<IncidentPage> {
  const path = apiPath('/api/incidents', { status: filter.status, storeId: filter.storeId, teamId: filter.teamId, limit })
  const { items, total } = await apiList<Incident>(path, signal ? { signal } : {})
  return { items: items.sort(orderFor(filter.status)), total }
}

export function incidentsQueryOptions(filter: IncidentFilter) {
  return queryOptions({
    queryKey: incidentsQueryKey(filter),
    queryFn: ({ signal }) => fetchIncidents(filter, incidentsListLimit, signal),
    // Pushes keep it fresh; a refetch happens on (re)connect, after an action, or when the floor's count disagrees.
    staleTime: Infinity,
  })
}

/** Applies one incident to every cached incident list: it joins the list of its new status and leaves the old one. */
export function patchIncidentLists(queryClient: QueryClient, incident: Incident): void {
  for (const [key] of queryClient.getQueriesData<IncidentPage>({ queryKey: ['incidents'] })) {
    const filter = key[1] as IncidentFilter | undefined
    if (!filter) {
      continue
    }
    queryClient.setQueryData<IncidentPage>(key, (page) => (page ? applyIncident(page, incident, filter) : page))
    if (queryClient.getQueryState(key)?.fetchStatus === 'fetching') {
      rereadWhenSettled(queryClient, key)
    }
  }
}

/** A read in flight may have been answered before a push and would overwrite it when it lands: read once more after it. */
function rereadWhenSettled(queryClient: QueryClient, key: readonly unknown[]): void {
  const cache = queryClient.getQueryCache()
  const hash = cache.find({ queryKey: key, exact: true })?.queryHash
  const unsubscribe = cache.subscribe((event) => {
    if (event.query.queryHash === hash && event.query.state.fetchStatus === 'idle') {
      unsubscribe()
      void queryClient.invalidateQueries({ queryKey: key, exact: true })
    }
  })
}

export function isIncident(value: unknown): value is Incident {
  return typeof value === 'object' && value !== null && 'incidentId' in value && 'status' in value
}
