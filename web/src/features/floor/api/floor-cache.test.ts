import { describe, expect, it } from 'vitest'
import { makeAlert, makeSnapshot } from '@/lib/test-data'
import { applyAlertToSnapshot, mergeSnapshot, snapshotMatches } from './floor-cache'

const all = { storeId: null, teamId: null }

describe('mergeSnapshot', () => {
  it('takes the first snapshot as is', () => {
    const next = makeSnapshot()
    expect(mergeSnapshot(undefined, next)).toBe(next)
  })

  it('ignores a snapshot older than the cached one', () => {
    const cached = makeSnapshot({ at: '2026-11-22T08:00:05Z' })
    expect(mergeSnapshot(cached, makeSnapshot({ at: '2026-11-22T08:00:01Z' }))).toBe(cached)
  })

  it('keeps alerts pushed after the snapshot was taken and counts them', () => {
    const pushed = makeAlert({ alertId: 'late', severity: 'critical', raisedAt: '2026-11-22T08:00:02Z' })
    const cached = makeSnapshot({ at: '2026-11-22T08:00:00Z', openAlerts: [pushed] })
    const next = makeSnapshot({ at: '2026-11-22T08:00:01Z', kpis: { ...makeSnapshot().kpis, openAlertsBySeverity: { critical: 0 } } })
    const merged = mergeSnapshot(cached, next)
    expect(merged.openAlerts.map((a) => a.alertId)).toEqual(['late'])
    expect(merged.kpis.openAlertsBySeverity.critical).toBe(1)
  })

  it('drops alerts the new snapshot no longer has when they are older than it', () => {
    const stale = makeAlert({ alertId: 'gone', raisedAt: '2026-11-22T07:59:00Z' })
    const merged = mergeSnapshot(makeSnapshot({ openAlerts: [stale] }), makeSnapshot({ at: '2026-11-22T08:00:01Z' }))
    expect(merged.openAlerts).toEqual([])
  })
})

describe('applyAlertToSnapshot', () => {
  it('adds a raised alert to the feed and the severity tile', () => {
    const snapshot = makeSnapshot()
    const next = applyAlertToSnapshot(snapshot, makeAlert({ severity: 'critical' }), all)
    expect(next?.openAlerts).toHaveLength(1)
    expect(next?.kpis.openAlertsBySeverity.critical).toBe(1)
    expect(snapshot.openAlerts).toHaveLength(0)
  })

  it('does not count the same alert twice', () => {
    const once = applyAlertToSnapshot(makeSnapshot(), makeAlert(), all)
    const twice = applyAlertToSnapshot(once, makeAlert(), all)
    expect(twice?.openAlerts).toHaveLength(1)
    expect(twice?.kpis.openAlertsBySeverity.warning).toBe(1)
  })

  it('removes an acknowledged alert from the feed and decrements its severity', () => {
    const withAlert = applyAlertToSnapshot(makeSnapshot(), makeAlert(), all)
    const next = applyAlertToSnapshot(withAlert, makeAlert({ status: 'acknowledged' }), all)
    expect(next?.openAlerts).toHaveLength(0)
    expect(next?.kpis.openAlertsBySeverity.warning).toBe(0)
  })

  it('ignores alerts of another store than the filter', () => {
    const snapshot = makeSnapshot({ storeId: 'store-1' })
    expect(applyAlertToSnapshot(snapshot, makeAlert({ storeId: 'store-2' }), { storeId: 'store-1', teamId: null })).toBe(snapshot)
  })

  it('leaves an empty cache empty', () => {
    expect(applyAlertToSnapshot(undefined, makeAlert(), all)).toBeUndefined()
  })
})

describe('snapshotMatches', () => {
  it('treats missing and empty ids as "all"', () => {
    expect(snapshotMatches(makeSnapshot({ storeId: '', teamId: undefined }), all)).toBe(true)
    expect(snapshotMatches(makeSnapshot({ storeId: 'store-1' }), all)).toBe(false)
  })
})
