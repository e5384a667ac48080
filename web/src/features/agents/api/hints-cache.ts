import { apiJson } from '@/lib/api-client'
import type { Hint } from '@/lib/contract'

export const maxHints = 50

export function hintsQueryKey(agentId: string): readonly ['hints', string] {
  return ['hints', agentId] as const
}

/** The hints that still apply (`GET /api/agents/{id}/hints?open=true`), newest first. */
export async function fetchOpenHints(agentId: string, signal?: AbortSignal): Promise<readonly Hint[]> {
  const hints = await apiJson<Hint[]>(`/api/agents/${encodeURIComponent(agentId)}/hints?open=true`, signal ? { signal } : {})
  return hints.filter((h) => !h.retiredAt).sort(newestFirst).slice(0, maxHints)
}

/** The server's stable id; hints from before ids existed fall back to conversation, rule and time. */
export function hintKey(hint: Hint): string {
  return hint.hintId ?? `${hint.conversationId}|${hint.ruleId ?? hint.kind}|${hint.at}`
}

function raisedAt(hint: Hint): number {
  return Date.parse(hint.raisedAt ?? hint.at)
}

function newestFirst(a: Hint, b: Hint): number {
  return raisedAt(b) - raisedAt(a)
}

/**
 * Applies a pushed hint: a retired one (`retiredAt` set) leaves the list, a new one joins it newest first, the same
 * hint pushed again (a reconnect replay, a refreshed text) replaces its copy. At most {@link maxHints}.
 */
export function applyHint(hints: readonly Hint[] | undefined, hint: Hint): readonly Hint[] {
  const list = hints ?? []
  const key = hintKey(hint)
  const rest = list.filter((h) => hintKey(h) !== key)
  if (hint.retiredAt) {
    return rest.length === list.length ? list : rest
  }
  return [hint, ...rest].sort(newestFirst).slice(0, maxHints)
}

/**
 * A read of the open hints with the pushes that arrived while it was in flight applied on top, in order: the read may
 * have been answered before those hints were stored, and would otherwise drop a hint already on screen.
 */
export function withPushesDuringRead(read: readonly Hint[], pushes: readonly Hint[]): readonly Hint[] {
  return pushes.reduce<readonly Hint[]>((list, hint) => applyHint(list, hint), read)
}

export function dismissHint(hints: readonly Hint[] | undefined, hint: Hint): readonly Hint[] {
  const key = hintKey(hint)
  return (hints ?? []).filter((h) => hintKey(h) !== key)
}
