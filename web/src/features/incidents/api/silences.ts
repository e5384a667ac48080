import { useMutation, useQueryClient, queryOptions } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { Silence } from '@/lib/contract'

export function silencesQueryOptions() {
  return queryOptions({
    queryKey: ['silences'] as const,
    queryFn: ({ signal }) => apiJson<Silence[]>('/api/silences', { signal }),
    // Silences change rarely and expire on their own: re-read every minute.
    refetchInterval: 60_000,
  })
}

export function useEndSilence() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (silenceId: string) => apiJson<unknown>(`/api/silences/${encodeURIComponent(silenceId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['silences'] }),
  })
}

/** `POST /api/silences`; the list re-reads on success so the new silence shows on the Silences tab at once. */
export function useCreateSilence() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Omit<Silence, 'silenceId'>) => apiJson<Silence>('/api/silences', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['silences'] }),
  })
}
