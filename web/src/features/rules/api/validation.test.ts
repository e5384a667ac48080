import { describe, expect, it } from 'vitest'
import type { Ruleset } from '@/lib/contract'
import { cleanRuleset, errorsAt, normalizeErrorKey, setAt, toFieldErrors } from './validation'

describe('normalizeErrorKey', () => {
  it.each([
    ['Sla.FirstResponseWarnSeconds', 'sla.firstResponseWarnSeconds'],
    ['$.sla.firstResponseWarnSeconds', 'sla.firstResponseWarnSeconds'],
    ['Phrases.Banned[2]', 'phrases.banned[2]'],
    ['repeatContact[0].count', 'repeatContact[0].count'],
  ])('%s -> %s', (key, expected) => {
    expect(normalizeErrorKey(key)).toBe(expected)
  })
})

describe('errorsAt', () => {
  const errors = toFieldErrors({
    'Sla.FirstResponseWarnSeconds': ['must be below the breach threshold (60)'],
    'phrases.banned[1]': ['empty phrase'],
    'weights.preSales': ['weights must add up to 1'],
  })

  it('finds the messages of a field whatever the server spelling', () => {
    expect(errorsAt(errors, 'sla.firstResponseWarnSeconds')).toEqual(['must be below the breach threshold (60)'])
  })

  it('shows item errors at the list', () => {
    expect(errorsAt(errors, 'phrases.banned')).toEqual(['empty phrase'])
  })

  it('does not confuse a field with one sharing its prefix', () => {
    expect(errorsAt(errors, 'sla.firstResponse')).toEqual([])
    expect(errorsAt(errors, 'weights.preSales')).toHaveLength(1)
    expect(errorsAt(errors, 'weights')).toHaveLength(1)
  })
})

describe('setAt / cleanRuleset', () => {
  const ruleset = {
    storeId: 'store-1',
    version: 1,
    sla: { firstResponseWarnSeconds: 30, firstResponseBreachSeconds: 60, nextResponseWarnSeconds: 60, nextResponseBreachSeconds: 180 },
    repeatContact: [{ count: 3, windowHours: 24, severity: 'critical' }],
    escalation: { ackTimeoutSeconds: 300 },
    phrases: { greeting: [], closing: [], apology: [], banned: [' 全网最低价 ', '', 'best ever'], rude: [], complaintThreat: [], dismissive: [], exceptions: [' 第一次 '], custom: ['kept'] },
    disclosures: [{ topic: 'refund_return', required: [{ name: 'returnAddress', anyOf: ['退货地址', ' '] }] }],
    weights: {
      preSales: { responsiveness: 0.3, resolution: 0.2, compliance: 0.2, courtesy: 0.1, conversion: 0.2 },
      afterSales: { responsiveness: 0.3, resolution: 0.3, compliance: 0.2, courtesy: 0.2, conversion: 0 },
    },
    qaLowScoreThreshold: 60,
    unknownField: { keep: true },
  } as Ruleset

  it('updates one nested value immutably', () => {
    const next = setAt(ruleset, ['repeatContact', 0, 'count'], 5)
    expect(next.repeatContact[0]?.count).toBe(5)
    expect(ruleset.repeatContact[0]?.count).toBe(3)
    expect(next.sla).toBe(ruleset.sla)
  })

  it('trims phrases, drops blank lines and keeps unknown fields', () => {
    const clean = cleanRuleset(ruleset)
    expect(clean.phrases.banned).toEqual(['全网最低价', 'best ever'])
    expect(clean.phrases.exceptions).toEqual(['第一次'])
    expect(clean.phrases.custom).toEqual(['kept'])
    expect(clean.disclosures[0]?.required[0]?.anyOf).toEqual(['退货地址'])
    expect(clean.unknownField).toEqual({ keep: true })
  })
})
