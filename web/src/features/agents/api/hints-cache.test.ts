import { describe, expect, it } from 'vitest'
import type { Hint } from '@/lib/contract'
import { applyHint, dismissHint, maxHints, withPushesDuringRead } from './hints-cache'

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
    const list = applyHint(applyHint(undefined, hint()), hint({ at: '2026-11-22T08:01:00Z', text: 'newer' }))
    expect(list.map((h) => h.text)).toEqual(['newer', 'Do not say 全网最低价'])
  })

  it('shows the same hint pushed twice once, the later copy winning', () => {
    const first = hint({ hintId: 'c-1:sla.breach', text: 'old' })
    const again = hint({ hintId: 'c-1:sla.breach', text: 'refreshed', at: '2026-11-22T08:00:05Z' })
    expect(applyHint(applyHint(undefined, first), again).map((h) => h.text)).toEqual(['refreshed'])
  })

  it('drops a hint when its retirement is pushed, and ignores the retirement of one it never had', () => {
    const open = hint({ hintId: 'c-1:sla.breach', raisedAt: '2026-11-22T08:00:00Z' })
    const other = hint({ hintId: 'c-2:banned', conversationId: 'c-2' })
    const list = applyHint(applyHint(undefined, open), other)
    const retired = applyHint(list, { ...open, retiredAt: '2026-11-22T08:03:00Z' })
    expect(retired.map((h) => h.hintId)).toEqual(['c-2:banned'])
    expect(applyHint(retired, { ...open, retiredAt: '2026-11-22T08:03:00Z' })).toBe(retired)
  })

  it('keeps at most maxHints', () => {
    let list: readonly Hint[] = []
    for (let i = 0; i < maxHints + 5; i++) {
      list = applyHint(list, hint({ hintId: `h-${i}`, at: new Date(Date.UTC(2026, 10, 22, 8, i)).toISOString() }))
    }
    expect(list).toHaveLength(maxHints)
    expect(list[0]?.hintId).toBe(`h-${maxHints + 4}`)
  })

  it('dismisses one hint locally', () => {
    const a = hint({ hintId: 'a' })
    const b = hint({ hintId: 'b' })
    expect(dismissHint([a, b], a)).toEqual([b])
  })

  it('keeps a hint pushed while a read was in flight when the read answers without it, and a retirement pushed meanwhile', () => {
    const older = hint({ hintId: 'c-1:banned', raisedAt: '2026-11-22T08:00:00Z' })
    const pushed = hint({ hintId: 'c-2:banned', conversationId: 'c-2', at: '2026-11-22T08:01:00Z' })
    const retired = { ...older, retiredAt: '2026-11-22T08:02:00Z' }
    expect(withPushesDuringRead([older], [pushed]).map((h) => h.hintId)).toEqual(['c-2:banned', 'c-1:banned'])
    expect(withPushesDuringRead([older], [pushed, retired]).map((h) => h.hintId)).toEqual(['c-2:banned'])
  })
})
