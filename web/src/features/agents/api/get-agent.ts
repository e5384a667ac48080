import { queryOptions } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { AgentConversationSummary, AgentView } from '@/lib/contract'

export function agentQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: ['agent', agentId],
    queryFn: ({ signal }) => apiJson<AgentView>(`/api/agents/${encodeURIComponent(agentId)}`, { signal }),
    refetchInterval: 15_000,
  })
}

export function agentConversationsQueryOptions(agentId: string) {
  return queryOptions({
    queryKey: ['agent', agentId, 'conversations'],
    queryFn: ({ signal }) => apiJson<AgentConversationSummary[]>(`/api/agents/${encodeURIComponent(agentId)}/conversations`, { signal }),
    refetchInterval: 10_000,
  })
}
