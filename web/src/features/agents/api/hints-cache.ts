import type { Hint } from '@/lib/contract'

export const maxHints = 50

export function hintsQueryKey(agentId: string): readonly ['hints', string] {
  return ['hints', agentId] as const
}

function hintKey(hint: Hint): string {
  return `${hint.conversationId}|${hint.ruleId ?? hint.kind}|${hint.at}`
}

/** Newest first, the same hint pushed twice (a reconnect replay) shown once, at most {@link maxHints}. */
export function addHint(hints: readonly Hint[] | undefined, hint: Hint): readonly Hint[] {
  const list = hints ?? []
  const key = hintKey(hint)
  if (list.some((h) => hintKey(h) === key)) {
    return list
  }
  return [hint, ...list].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, maxHints)
}

export function dismissHint(hints: readonly Hint[] | undefined, hint: Hint): readonly Hint[] {
  const key = hintKey(hint)
  return (hints ?? []).filter((h) => hintKey(h) !== key)
}
