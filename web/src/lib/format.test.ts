import { describe, expect, it } from 'vitest'
import { formatDuration, formatNumber, formatPercent, formatRelative, isoDate } from './format'

describe('format', () => {
  it('shows waits as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(182.4)).toBe('3:02')
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(null)).toBe('–')
  })

  it('shows waits in 分/秒 in Chinese and groups numbers per locale', () => {
    expect(formatDuration(45, 'zh-CN')).toBe('45秒')
    expect(formatDuration(182.4, 'zh-CN')).toBe('3分02秒')
    expect(formatDuration(3725, 'zh-CN')).toBe('1小时02分05秒')
    expect(formatNumber(12345.678, 2, 'en')).toBe('12,345.68')
    expect(formatNumber(12345, 2, 'zh')).toBe('12,345')
  })

  it('formats percentages and missing values', () => {
    expect(formatPercent(92.345)).toBe('92.3%')
    expect(formatPercent(null)).toBe('–')
  })

  it('says how long ago in both UI languages', () => {
    const now = Date.parse('2026-11-22T08:05:00Z')
    expect(formatRelative('2026-11-22T08:02:00Z', now, 'en')).toBe('3 minutes ago')
    expect(formatRelative('2026-11-22T08:02:00Z', now, 'zh')).toBe('3分钟前')
    expect(formatRelative('not a date', now, 'en')).toBe('–')
  })

  it('gives local calendar dates for the reports period', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
  })
})
