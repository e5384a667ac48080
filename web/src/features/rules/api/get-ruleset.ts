import { queryOptions, useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { Ruleset } from '@/lib/contract'

export function rulesetQueryKey(storeId: string): readonly ['ruleset', string] {
  return ['ruleset', storeId] as const
}

export function rulesetQueryOptions(storeId: string) {
  return queryOptions({
    queryKey: rulesetQueryKey(storeId),
    queryFn: ({ signal }) => apiJson<Ruleset>(`/api/rulesets/${encodeURIComponent(storeId)}`, { signal }),
    staleTime: Infinity,
  })
}

export function useSaveRuleset(storeId: string): UseMutationResult<Ruleset | undefined, Error, Ruleset> {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (ruleset: Ruleset) => apiJson<Ruleset | undefined>(`/api/rulesets/${encodeURIComponent(storeId)}`, { method: 'PUT', body: ruleset }),
    onSuccess: async (saved) => {
      if (saved && typeof saved === 'object' && 'version' in saved) {
        queryClient.setQueryData(rulesetQueryKey(storeId), saved)
      } else {
        await queryClient.invalidateQueries({ queryKey: rulesetQueryKey(storeId) })
      }
    },
  })
}
