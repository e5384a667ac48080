import { describe, expect, it } from 'vitest'
import type { Hint } from '@/lib/contract'
import { dismissedTtlMs, maxDismissed, readDismissed, rememberDismissed, withoutDismissed, type HintStorage } from './dismissed-hints'

class MapStorage implements HintStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
}

const hint = (hintId: string, conversationId = 'c-1'): Hint => ({
  hintId,
  conversationId,
  kind: 'banned.term',
  severity: 'warning',
  text: 'Do not say 全网最低价',
  at: '2026-11-22T08:00:00Z',
})

const t0 = Date.parse('2026-11-22T08:00:00Z')

describe('dismissed hints', () => {
  it('hides a dismissed hint after a reload (a fresh read of the storage), and only that one', () => {
    const storage = new MapStorage()
    rememberDismissed('agent-1', hint('c-1:banned'), t0, storage)
    const afterReload = readDismissed('agent-1', t0 + 60_000, storage)
    const shown = withoutDismissed([hint('c-1:banned'), hint('c-2:sla', 'c-2')], afterReload)
    expect(shown.map((h) => h.hintId)).toEqual(['c-2:sla'])
  })

  it('keeps each agent apart', () => {
    const storage = new MapStorage()
    rememberDismissed('agent-1', hint('c-1:banned'), t0, storage)
    expect(readDismissed('agent-2', t0, storage).size).toBe(0)
    expect(withoutDismissed([hint('c-1:banned')], readDismissed('agent-2', t0, storage))).toHaveLength(1)
  })

  it('forgets a dismissal after a day, on read and on the next write', () => {
    const storage = new MapStorage()
    rememberDismissed('agent-1', hint('old'), t0, storage)
    expect(readDismissed('agent-1', t0 + dismissedTtlMs - 1, storage).has('old')).toBe(true)
    expect(readDismissed('agent-1', t0 + dismissedTtlMs, storage).has('old')).toBe(false)
    rememberDismissed('agent-1', hint('new'), t0 + dismissedTtlMs, storage)
    expect(Object.keys(JSON.parse(storage.getItem('realtime.dismissedHints.agent-1') ?? '{}') as object)).toEqual(['new'])
  })

  it(`keeps at most ${maxDismissed} per agent, forgetting the oldest`, () => {
    const storage = new MapStorage()
    for (let i = 0; i < maxDismissed + 20; i++) {
      rememberDismissed('agent-1', hint(`h-${i}`), t0 + i, storage)
    }
    const kept = readDismissed('agent-1', t0 + maxDismissed + 20, storage)
    expect(kept.size).toBe(maxDismissed)
    expect(kept.has('h-19')).toBe(false)
    expect(kept.has('h-20')).toBe(true)
    expect(kept.has(`h-${maxDismissed + 19}`)).toBe(true)
  })

  it('dismissing the same hint again refreshes its time instead of keeping the older one', () => {
    const storage = new MapStorage()
    rememberDismissed('agent-1', hint('h'), t0, storage)
    rememberDismissed('agent-1', hint('h'), t0 + dismissedTtlMs - 1000, storage)
    expect(readDismissed('agent-1', t0 + dismissedTtlMs + 1000, storage).has('h')).toBe(true)
  })

  it('treats unreadable or missing storage as nothing dismissed', () => {
    const storage = new MapStorage()
    storage.setItem('realtime.dismissedHints.agent-1', 'not json')
    expect(readDismissed('agent-1', t0, storage).size).toBe(0)
    storage.setItem('realtime.dismissedHints.agent-1', '["h"]')
    expect(readDismissed('agent-1', t0, storage).size).toBe(0)
    expect(readDismissed('agent-1', t0, null).size).toBe(0)
    expect(rememberDismissed('agent-1', hint('h'), t0, null).has('h')).toBe(true)
  })
})
