import { queryOptions } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import type { ConversationView } from '@/lib/contract'

export function conversationQueryOptions(conversationId: string) {
  return queryOptions({
    queryKey: ['conversation', conversationId],
    queryFn: ({ signal }) => apiJson<ConversationView>(`/api/conversations/${encodeURIComponent(conversationId)}`, { signal }),
    // A conversation still open keeps changing; one that is closed has a final scorecard.
    refetchInterval: (query) => (query.state.data?.status === 'closed' ? false : 5000),
  })
}
