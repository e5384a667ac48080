import { describe, expect, it } from 'vitest'
import type { ReportRow } from '@/lib/contract'
import { makeAlert } from '@/lib/test-data'
import { columnsOf, countByKind, daysBetween, flattenRow, isNumericColumn, labelColumn, meanOf, sortRows, trendColumns } from './table'

const rows: ReportRow[] = [
  { agentId: 'a-02', qaScore: 80, slaAttainmentPercent: 95, note: null },
  { agentId: 'a-10', qaScore: null, slaAttainmentPercent: 70 },
  { agentId: 'a-01', qaScore: 91, slaAttainmentPercent: 88, extra: 'x' },
]

describe('report table', () => {
  it('lists every column seen in any row', () => {
    expect(columnsOf(rows)).toEqual(['agentId', 'qaScore', 'slaAttainmentPercent', 'note', 'extra'])
  })

  it('detects numeric columns ignoring nulls', () => {
    expect(isNumericColumn(rows, 'qaScore')).toBe(true)
    expect(isNumericColumn(rows, 'agentId')).toBe(false)
    expect(isNumericColumn(rows, 'note')).toBe(false)
  })

  it('sorts numbers both ways with empty values last', () => {
    expect(sortRows(rows, 'qaScore', 'desc').map((r) => r.agentId)).toEqual(['a-01', 'a-02', 'a-10'])
    expect(sortRows(rows, 'qaScore', 'asc').map((r) => r.agentId)).toEqual(['a-02', 'a-01', 'a-10'])
  })

  it('sorts text naturally (a-2 before a-10)', () => {
    expect(sortRows(rows, 'agentId', 'asc').map((r) => r.agentId)).toEqual(['a-01', 'a-02', 'a-10'])
  })

  it('finds the label and trend columns', () => {
    expect(labelColumn(rows)).toBe('agentId')
    expect(trendColumns(rows)).toEqual(['slaAttainmentPercent', 'qaScore'])
    expect(meanOf(rows, 'qaScore')).toBeCloseTo(85.5)
  })

  it('enumerates days inclusive and refuses a reversed period', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([])
  })

  it('counts alerts by kind inside the period, most frequent first', () => {
    const alerts = [
      makeAlert({ alertId: '1', kind: 'sla.breach', raisedAt: '2026-11-22T08:00:00' }),
      makeAlert({ alertId: '2', kind: 'sla.breach', raisedAt: '2026-11-22T09:00:00' }),
      makeAlert({ alertId: '3', kind: 'banned.term', raisedAt: '2026-11-22T10:00:00' }),
      makeAlert({ alertId: '4', kind: 'banned.term', raisedAt: '2026-11-30T10:00:00' }),
    ]
    expect(countByKind(alerts, '2026-11-22', '2026-11-22')).toEqual([
      { kind: 'sla.breach', count: 2 },
      { kind: 'banned.term', count: 1 },
    ])
  })
})

describe('flattenRow', () => {
  it('turns nested objects into dotted columns and leaves lists out', () => {
    expect(
      flattenRow({ scope: 'agent', agentId: 'a-01', qaScoreAverage: null, dimensionAverages: { courtesy: 90 }, calibration: { conversations: 2, meanAbsoluteDifference: { courtesy: 5 } }, tags: ['x'] }),
    ).toEqual({ scope: 'agent', agentId: 'a-01', qaScoreAverage: null, 'dimensionAverages.courtesy': 90, 'calibration.conversations': 2, 'calibration.meanAbsoluteDifference.courtesy': 5 })
  })
})
