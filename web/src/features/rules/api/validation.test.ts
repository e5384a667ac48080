import { describe, expect, it } from 'vitest'
import type { Ruleset } from '@/lib/contract'
import { autoFailInForce, cleanRuleset, errorsAt, normalizeErrorKey, setAt, toFieldErrors, toggleAutoFail } from './validation'

describe('normalizeErrorKey', () => {
  it.each([
    ['Sla.FirstResponseWarnSeconds', 'sla.firstResponseWarnSeconds'],
    ['$.sla.firstResponseWarnSeconds', 'sla.firstResponseWarnSeconds'],
    ['Phrases.Banned[2]', 'phrases.banned[2]'],
    ['repeatContact[0].count', 'repeatContact[0].count'],
    ['StoreContacts.Phones[0]', 'storeContacts.phones[0]'],
    ['Disclosures[0].AppliesWhen[1]', 'disclosures[0].appliesWhen[1]'],
    ['AutoFail[0]', 'autoFail[0]'],
  ])('%s -> %s', (key, expected) => {
    expect(normalizeErrorKey(key)).toBe(expected)
  })
})

describe('errorsAt', () => {
  const errors = toFieldErrors({
    'Sla.FirstResponseWarnSeconds': ['must be below the breach threshold (60)'],
    'phrases.banned[1]': ['empty phrase'],
    'weights.preSales': ['weights must add up to 1'],
    'storeContacts.phones[0]': ['must not be empty'],
    'disclosures[0].appliesWhen': ['at most 200 phrases'],
    'disclosures[0].notWhen[2]': ['empty phrase'],
    'autoFail[0]': ['must be one of …'],
  })

  it('shows the new ruleset fields\' server errors at their own field only', () => {
    expect(errorsAt(errors, 'storeContacts.phones')).toEqual(['must not be empty'])
    expect(errorsAt(errors, 'storeContacts.emails')).toEqual([])
    expect(errorsAt(errors, 'disclosures[0].appliesWhen')).toEqual(['at most 200 phrases'])
    expect(errorsAt(errors, 'disclosures[0].notWhen')).toEqual(['empty phrase'])
    expect(errorsAt(errors, 'disclosures[1].notWhen')).toEqual([])
    expect(errorsAt(errors, 'autoFail')).toEqual(['must be one of …'])
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
    phrases: { greeting: [], closing: [], apology: [], banned: [' 全网最低价 ', '', 'best ever'], rude: [], complaintThreat: [], dismissive: [], customerAbuse: [' 骗子 '], exceptions: [' 第一次 '], custom: ['kept'] },
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
    expect(clean.phrases.customerAbuse).toEqual(['骗子'])
    expect(clean.phrases.custom).toEqual(['kept'])
    expect(clean.disclosures[0]?.required[0]?.anyOf).toEqual(['退货地址'])
    expect(clean.unknownField).toEqual({ keep: true })
  })

  it('cleans scope and store-contact lists, and leaves absent ones absent', () => {
    const withScope = {
      ...ruleset,
      disclosures: [{ topic: 'refund_return', required: [], appliesWhen: [' 寄回 ', ''], notWhen: ['取消订单', '  '] }],
      storeContacts: { returnAddresses: [' 杭州市文一西路969号 ', ''], phones: ['', '+86 139 0000 1111'], emails: [] },
    }
    const clean = cleanRuleset(withScope)
    expect(clean.disclosures[0]?.appliesWhen).toEqual(['寄回'])
    expect(clean.disclosures[0]?.notWhen).toEqual(['取消订单'])
    expect(clean.storeContacts).toEqual({ returnAddresses: ['杭州市文一西路969号'], phones: ['+86 139 0000 1111'], emails: [] })

    const bare = cleanRuleset(ruleset)
    expect(bare.disclosures[0]).not.toHaveProperty('appliesWhen')
    expect('storeContacts' in bare).toBe(false)
  })
})

describe('autoFail', () => {
  it('is every item when the ruleset has none (the server default)', () => {
    expect(autoFailInForce({ autoFail: undefined } as Ruleset)).toHaveLength(5)
    expect(autoFailInForce({ autoFail: [] } as unknown as Ruleset)).toEqual([])
  })

  it('switches one item off and on again, keeping the server order', () => {
    const all = ['phrase.rude', 'pii.leak', 'csat.lowUpset', 'sla.breachWithMissingDisclosure', 'courtesy.brushOffUpset']
    const off = toggleAutoFail(all, 'pii.leak', false)
    expect(off).toEqual(['phrase.rude', 'csat.lowUpset', 'sla.breachWithMissingDisclosure', 'courtesy.brushOffUpset'])
    expect(toggleAutoFail(off, 'pii.leak', true)).toEqual(all)
    expect(toggleAutoFail(['courtesy.brushOffUpset'], 'phrase.rude', true)).toEqual(['phrase.rude', 'courtesy.brushOffUpset'])
  })

  it('keeps an unknown item so the server can name it, and drops it when unticked', () => {
    expect(toggleAutoFail(['bogus', 'pii.leak'], 'phrase.rude', true)).toEqual(['phrase.rude', 'pii.leak', 'bogus'])
    expect(toggleAutoFail(['bogus', 'pii.leak'], 'bogus', false)).toEqual(['pii.leak'])
  })
})
