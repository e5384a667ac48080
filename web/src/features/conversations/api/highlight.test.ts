import { describe, expect, it } from 'vitest'
import type { MessageView } from '@/lib/contract'
import { highlights, marksFor, segment, strongest } from './highlight'

describe('segment', () => {
  it('cuts the text around one mark', () => {
    const parts = segment('我们是全网最低价哦', [{ start: 3, length: 5, kind: 'deduction', label: 'banned' }])
    expect(parts.map((p) => p.text)).toEqual(['我们是', '全网最低价', '哦'])
    expect(parts[1]?.marks[0]?.kind).toBe('deduction')
  })

  it('splits overlapping marks so each piece knows every mark over it', () => {
    const parts = segment('abcdef', [
      { start: 0, length: 4, kind: 'hit', label: 'h' },
      { start: 2, length: 4, kind: 'deduction', label: 'd' },
    ])
    expect(parts.map((p) => [p.text, p.marks.map((m) => m.kind)])).toEqual([
      ['ab', ['hit']],
      ['cd', ['hit', 'deduction']],
      ['ef', ['deduction']],
    ])
    expect(strongest(parts[1]?.marks ?? [])).toBe('deduction')
  })

  it('clamps marks that run past the text and drops empty ones', () => {
    expect(segment('abc', [{ start: 2, length: 10, kind: 'pii', label: 'p' }, { start: 5, length: 1, kind: 'hit', label: 'x' }]).map((p) => p.text)).toEqual(['ab', 'c'])
  })

  it('uses UTF-16 offsets as .NET does (an emoji is two units)', () => {
    const parts = segment('😀bad', [{ start: 2, length: 3, kind: 'hit', label: 'rude' }])
    expect(parts.map((p) => p.text)).toEqual(['😀', 'bad'])
  })
})

describe('marksFor', () => {
  const message: MessageView = {
    eventId: 'e1',
    occurredAt: '2026-11-22T08:00:00Z',
    sender: 'agent',
    text: 'lowest price guaranteed, call 138****5678',
    analysis: {
      language: 'en',
      maskedText: 'lowest price guaranteed, call 138****5678',
      tags: ['phrase.banned'],
      hits: [{ list: 'banned', phrase: 'lowest price guaranteed', start: 0, length: 23, text: 'lowest price guaranteed' }],
      pii: [{ kind: 'phone', start: 30, length: 11, masked: '138****5678' }],
      deductions: [{ ruleId: 'phrase.banned', dimension: 'compliance', points: 10, reason: 'banned claim', start: 0, length: 23 }],
    },
  }

  it('collects deductions, hits and PII, and the scorecard deduction of the same rule only once', () => {
    const marks = marksFor(message, [{ ruleId: 'phrase.banned', dimension: 'compliance', points: 10, reason: 'banned claim', start: 0, length: 23, messageId: 'e1' }])
    expect(marks.map((m) => m.kind).sort()).toEqual(['deduction', 'hit', 'pii'])
  })

  it('ignores scorecard deductions of other messages and those without a position', () => {
    const marks = marksFor(message, [
      { ruleId: 'sla', dimension: 'responsiveness', points: 5, reason: 'slow', start: 0, length: 3, messageId: 'other' },
      { ruleId: 'closing', dimension: 'courtesy', points: 5, reason: 'no closing', messageId: 'e1' },
    ])
    expect(marks.filter((m) => m.kind === 'deduction')).toHaveLength(1)
  })
})

describe('highlights', () => {
  it('joins overlapping phrase hits under one deduction into one highlight with every label', () => {
    const parts = highlights('亲,全网最低价哦', [
      { start: 2, length: 4, kind: 'hit', label: 'banned: 全网最低' },
      { start: 2, length: 5, kind: 'hit', label: 'banned: 全网最低价' },
      { start: 4, length: 3, kind: 'hit', label: 'banned: 最低价' },
      { start: 2, length: 5, kind: 'deduction', label: 'banned claim (−10)' },
    ])
    expect(parts.map((p) => [p.text, p.kind])).toEqual([
      ['亲,', null],
      ['全网最低价', 'deduction'],
      ['哦', null],
    ])
    expect(parts[1]?.labels).toHaveLength(4)
  })
})
