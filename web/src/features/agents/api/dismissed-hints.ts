import type { Hint } from '@/lib/contract'
import { hintKey } from './hints-cache'

/** A dismissal is remembered for a day (hints are about live conversations), at most this many per agent. */
export const dismissedTtlMs = 24 * 60 * 60 * 1000
export const maxDismissed = 500

/** The part of `Storage` used here, so tests can hand in a map. */
export type HintStorage = Pick<Storage, 'getItem' | 'setItem'>

/** hint key → when it was dismissed (epoch ms). */
export type Dismissed = ReadonlyMap<string, number>

function storageKey(agentId: string): string {
  return `realtime.dismissedHints.${agentId}`
}

function browserStorage(): HintStorage | null {
  return typeof localStorage === 'undefined' ? null : localStorage
}

/** Keeps the dismissals younger than a day, newest first, at most {@link maxDismissed}. */
function bounded(entries: Iterable<[string, number]>, now: number): Map<string, number> {
  const fresh = [...entries].filter(([, at]) => Number.isFinite(at) && now - at < dismissedTtlMs)
  fresh.sort((a, b) => b[1] - a[1])
  return new Map(fresh.slice(0, maxDismissed))
}

/** The hints this browser dismissed for an agent; unreadable storage counts as none. */
export function readDismissed(agentId: string, now: number = Date.now(), storage: HintStorage | null = browserStorage()): Dismissed {
  try {
    const raw = storage?.getItem(storageKey(agentId))
    const parsed: unknown = raw ? JSON.parse(raw) : null
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return new Map()
    }
    return bounded(Object.entries(parsed as Record<string, unknown>).map(([key, at]) => [key, Number(at)]), now)
  } catch {
    return new Map()
  }
}

/** Remembers a dismissed hint for the agent (and forgets the old and the surplus in the same write). */
export function rememberDismissed(agentId: string, hint: Hint, now: number = Date.now(), storage: HintStorage | null = browserStorage()): Dismissed {
  const entries = new Map(readDismissed(agentId, now, storage))
  entries.set(hintKey(hint), now)
  const next = bounded(entries, now)
  try {
    storage?.setItem(storageKey(agentId), JSON.stringify(Object.fromEntries(next)))
  } catch {
    // Storage full or blocked: the hint still leaves the screen, it just may come back after a reload.
  }
  return next
}

export function withoutDismissed(hints: readonly Hint[], dismissed: Dismissed): readonly Hint[] {
  return dismissed.size === 0 ? hints : hints.filter((h) => !dismissed.has(hintKey(h)))
}
