import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { apiJson } from './api-client'
import type { Me, Role } from './contract'

export function meQueryOptions(token: string | null) {
  return queryOptions({
    queryKey: ['me', token],
    queryFn: ({ signal }) => apiJson<Me>('/api/me', { signal }),
    enabled: token !== null,
    staleTime: Infinity,
  })
}

export function hasRole(me: Me | undefined, ...roles: Role[]): boolean {
  return me !== undefined && (me.roles.includes('admin') || roles.some((role) => me.roles.includes(role)))
}

export function useMe(token: string | null): UseQueryResult<Me> {
  return useQuery(meQueryOptions(token))
}
