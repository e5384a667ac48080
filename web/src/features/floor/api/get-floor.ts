import { queryOptions } from '@tanstack/react-query'
import { apiJson, apiPath } from '@/lib/api-client'
import type { FloorSnapshot } from '@/lib/contract'

export interface FloorFilter {
  storeId: string | null
  teamId: string | null
}

export function floorQueryKey(filter: FloorFilter): readonly ['floor', string | null, string | null] {
  return ['floor', filter.storeId, filter.teamId] as const
}

export function floorQueryOptions(filter: FloorFilter) {
  return queryOptions({
    queryKey: floorQueryKey(filter),
    queryFn: ({ signal }) => apiJson<FloorSnapshot>(apiPath('/api/floor', { storeId: filter.storeId, teamId: filter.teamId }), { signal }),
    // Pushes keep it fresh; a refetch only happens on (re)connect or filter change.
    staleTime: Infinity,
  })
}
