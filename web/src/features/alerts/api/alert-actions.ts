import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { AlertAction } from '@/lib/contract'
import { isAlert, patchAlertLists } from './alerts-cache'

export type AlertVerb = 'ack' | 'resolve'

export interface AlertActionInput {
  alertId: string
  verb: AlertVerb
  note: string
}

export function postAlertAction({ alertId, verb, note }: AlertActionInput): Promise<unknown> {
  const body: AlertAction = { note: note.trim() ? note.trim() : null }
  return apiJson<unknown>(`/api/alerts/${encodeURIComponent(alertId)}/${verb}`, { method: 'POST', body })
}

export function useAlertAction(): UseMutationResult<unknown, Error, AlertActionInput> {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: postAlertAction,
    onSuccess: async (result) => {
      if (isAlert(result)) {
        patchAlertLists(queryClient, result)
      }
      await queryClient.invalidateQueries({ queryKey: ['alerts'] })
    },
  })
}
