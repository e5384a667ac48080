import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Hint } from '@/lib/contract'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubEvent } from '@/lib/use-hub'
import { addHint, hintsQueryKey } from '../api/hints-cache'

/**
 * Hints pushed on `/hubs/agent` (the server joins the connection to the token's agent group) kept in the
 * query cache, so the panel and the conversation list read one source.
 */
export function useHints(agentId: string, enabled: boolean): { hints: readonly Hint[]; state: ConnectionState } {
  const queryClient = useQueryClient()
  const { hub, state } = useHub('/hubs/agent', enabled)
  const hints = useQuery({
    queryKey: hintsQueryKey(agentId),
    queryFn: () => [] as readonly Hint[],
    staleTime: Infinity,
    gcTime: Infinity,
  })
  useHubEvent(hub, 'hint', (hint) => {
    queryClient.setQueryData<readonly Hint[]>(hintsQueryKey(agentId), (previous) => addHint(previous, hint))
    void queryClient.invalidateQueries({ queryKey: ['agent', agentId, 'conversations'] })
  })
  return { hints: hints.data ?? [], state }
}
