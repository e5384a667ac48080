import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { AlertAction, Incident } from '@/lib/contract'
import { isIncident, patchIncidentLists } from '@/lib/incidents-query'

export type IncidentVerb = 'ack' | 'resolve'

export interface IncidentActionInput {
  incidentIds: readonly string[]
  verb: IncidentVerb
  note: string
}

export interface IncidentActionResult {
  done: Incident[]
  /** Ids the server refused (already acknowledged by someone else, gone): shown, not thrown. */
  failed: string[]
}

/** Acknowledges or resolves one or several incidents (bulk acknowledge), each with the same note. */
export async function postIncidentAction({ incidentIds, verb, note }: IncidentActionInput): Promise<IncidentActionResult> {
  const body: AlertAction = { note: note.trim() ? note.trim() : null }
  const answers = await Promise.allSettled(
    incidentIds.map((id) => apiJson<unknown>(`/api/incidents/${encodeURIComponent(id)}/${verb}`, { method: 'POST', body })),
  )
  const result: IncidentActionResult = { done: [], failed: [] }
  answers.forEach((answer, index) => {
    if (answer.status === 'fulfilled' && isIncident(answer.value)) {
      result.done.push(answer.value)
    } else if (answer.status === 'rejected') {
      result.failed.push(incidentIds[index] ?? '')
    }
  })
  return result
}

export function useIncidentAction(): UseMutationResult<IncidentActionResult, Error, IncidentActionInput> {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: postIncidentAction,
    onSuccess: async (result) => {
      result.done.forEach((incident) => {
        patchIncidentLists(queryClient, incident)
      })
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['incidents'] }),
        queryClient.invalidateQueries({ queryKey: ['incident-counts'] }),
        queryClient.invalidateQueries({ queryKey: ['alerts'] }),
      ])
    },
  })
}
