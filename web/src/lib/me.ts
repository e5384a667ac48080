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

/** Saves the user's language on the server (server texts and other devices follow it). */
export async function saveLanguage(language: 'zh' | 'en'): Promise<void> {
  await apiJson<unknown>('/api/me/language', { method: 'PUT', body: { language: language === 'zh' ? 'zh-CN' : 'en-US' } })
}

export function hasRole(me: Me | undefined, ...roles: Role[]): boolean {
  return me !== undefined && (me.roles.includes('admin') || roles.some((role) => me.roles.includes(role)))
}

export function useMe(token: string | null): UseQueryResult<Me> {
  return useQuery(meQueryOptions(token))
}
