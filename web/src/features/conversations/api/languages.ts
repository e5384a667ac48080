import type { MessageView } from '@/lib/contract'

/** The languages a conversation is written in, as detected per message: the customer's first, `und` left out. */
export function conversationLanguages(messages: readonly MessageView[]): string[] {
  const rank = (m: MessageView): number => (m.sender === 'customer' ? 0 : 1)
  const ordered = [...messages].sort((a, b) => rank(a) - rank(b))
  return [...new Set(ordered.map((m) => m.analysis.language).filter((l) => l !== '' && l !== 'und'))]
}
