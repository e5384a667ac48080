import { queryOptions } from '@tanstack/react-query'
import { apiJson } from './api-client'
import type { StoreInfo } from './contract'

export function storesQueryOptions() {
  return queryOptions({
    queryKey: ['stores'],
    queryFn: ({ signal }) => apiJson<StoreInfo[]>('/api/stores', { signal }),
    staleTime: 5 * 60_000,
  })
}
