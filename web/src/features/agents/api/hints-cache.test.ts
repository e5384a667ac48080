import { describe, expect, it } from 'vitest'
import type { Hint } from '@/lib/contract'
import { addHint, dismissHint, maxHints } from './hints-cache'

const hint = (overrides: Partial<Hint> = {}): Hint => ({
  conversationId: 'c-1',
  kind: 'banned.term',
  severity: 'warning',
  text: 'Do not say 全网最低价',
  at: '2026-11-22T08:00:00Z',
  ruleId: 'phrase.banned',
  ...overrides,
})

describe('hints cache', () => {
  it('puts the newest hint first', () => {
    const list = addHint(addHint(undefined, hint()), hint({ at: '2026-11-22T08:01:00Z', text: 'newer' }))
    expect(list.map((h) => h.text)).toEqual(['newer', 'Do not say 全网最低价'])
  })

  it('shows a hint pushed twice once', () => {
    const once = addHint(undefined, hint())
    expect(addHint(once, hint())).toBe(once)
  })

  it('keeps at most the newest hints', () => {
    let list: readonly Hint[] = []
    for (let i = 0; i < maxHints + 5; i++) {
      list = addHint(list, hint({ at: new Date(Date.UTC(2026, 10, 22, 8, 0, i)).toISOString() }))
    }
    expect(list).toHaveLength(maxHints)
    expect(list[0]?.at).toBe(new Date(Date.UTC(2026, 10, 22, 8, 0, maxHints + 4)).toISOString())
  })

  it('dismisses one hint', () => {
    expect(dismissHint([hint(), hint({ conversationId: 'c-2' })], hint()).map((h) => h.conversationId)).toEqual(['c-2'])
  })
})
