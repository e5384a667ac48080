import { useRef } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { Hint } from '@/lib/contract'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubConnected, useHubEvent } from '@/lib/use-hub'
import { readDismissed, withoutDismissed } from '../api/dismissed-hints'
import { applyHint, fetchOpenHints, hintKey, hintsQueryKey, withPushesDuringRead } from '../api/hints-cache'

/**
 * The agent's hints: the open ones read from the server on open and on every hub (re)connect, so a hint survives a
 * reload; then pushes on `/hubs/agent` add new ones and drop retired ones (answered, fixed, conversation closed).
 * Hints dismissed in this browser (remembered a day) stay hidden.
 */
export function useHints(agentId: string, enabled: boolean): { hints: readonly Hint[]; state: ConnectionState } {
  const queryClient = useQueryClient()
  const { hub, state } = useHub('/hubs/agent', enabled)
  // Pushes received while a read is in flight, applied again on its answer (it may predate them).
  const pushesDuringRead = useRef<Hint[] | null>(null)
  const hints = useQuery({
    queryKey: hintsQueryKey(agentId),
    queryFn: async ({ signal }) => {
      pushesDuringRead.current = []
      try {
        const read = withoutDismissed(await fetchOpenHints(agentId, signal), readDismissed(agentId))
        return withPushesDuringRead(read, pushesDuringRead.current)
      } finally {
        pushesDuringRead.current = null
      }
    },
    enabled,
    staleTime: Infinity,
  })
  useHubConnected(hub, () => {
    void queryClient.invalidateQueries({ queryKey: hintsQueryKey(agentId) })
  })
  useHubEvent(hub, 'hint', (hint) => {
    if (hint.retiredAt || !readDismissed(agentId).has(hintKey(hint))) {
      pushesDuringRead.current?.push(hint)
      queryClient.setQueryData<readonly Hint[]>(hintsQueryKey(agentId), (previous) => applyHint(previous, hint))
    }
    void queryClient.invalidateQueries({ queryKey: ['agent', agentId, 'conversations'] })
  })
  return { hints: hints.data ?? [], state }
}
