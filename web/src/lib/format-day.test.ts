import { describe, expect, it } from 'vitest'
import { formatDay } from './format'

describe('formatDay', () => {
  it('writes a calendar day in the app language, not the browser locale', () => {
    expect(formatDay('2026-11-30', 'zh-CN')).toBe('2026年11月30日')
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026')
  })

  it('keeps the day whatever the time zone (no UTC midnight shift)', () => {
    expect(formatDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026')
  })
})
