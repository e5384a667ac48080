import { describe, expect, it } from 'vitest'
import { applyIncident, countIncidentsBySeverity, escalatedAt, triageOrder, type IncidentFilter } from './incidents'
import { makeIncident } from './test-data'

const open: IncidentFilter = { status: 'open', storeId: null, teamId: null }

describe('triageOrder', () => {
  it('puts critical before warning, escalated before not, then the oldest first', () => {
    const oldWarning = makeIncident({ incidentId: 'w-old', severity: 'warning', openedAt: '2026-11-22T07:00:00Z' })
    const newCritical = makeIncident({ incidentId: 'c-new', severity: 'critical', openedAt: '2026-11-22T09:00:00Z' })
    const oldCritical = makeIncident({ incidentId: 'c-old', severity: 'critical', openedAt: '2026-11-22T08:00:00Z' })
    const escalated = makeIncident({ incidentId: 'c-esc', severity: 'critical', openedAt: '2026-11-22T09:30:00Z', escalated: true, escalationLevel: 1 })
    const info = makeIncident({ incidentId: 'i', severity: 'info', openedAt: '2026-11-22T06:00:00Z' })
    const sorted = [oldWarning, info, newCritical, oldCritical, escalated].sort(triageOrder).map((i) => i.incidentId)
    expect(sorted).toEqual(['c-esc', 'c-old', 'c-new', 'w-old', 'i'])
  })
})

describe('applyIncident', () => {
  it('inserts a new open incident in triage order and counts it', () => {
    const warning = makeIncident({ incidentId: 'w', severity: 'warning' })
    const critical = makeIncident({ incidentId: 'c', severity: 'critical', openedAt: '2026-11-22T09:00:00Z' })
    const page = applyIncident({ items: [warning], total: 1 }, critical, open)
    expect(page.items.map((i) => i.incidentId)).toEqual(['c', 'w'])
    expect(page.total).toBe(2)
  })

  it('moves an acknowledged incident out of the open list and into the acknowledged one', () => {
    const incident = makeIncident()
    const acked = { ...incident, status: 'acknowledged' as const, updatedAt: '2026-11-22T08:05:00Z' }
    const openPage = applyIncident({ items: [incident], total: 3 }, acked, open)
    expect(openPage).toEqual({ items: [], total: 2 })
    const ackPage = applyIncident({ items: [], total: 0 }, acked, { ...open, status: 'acknowledged' })
    expect(ackPage.items[0]?.status).toBe('acknowledged')
    expect(ackPage.total).toBe(1)
  })

  it('ignores a push older than the cached copy and leaves other stores alone', () => {
    const newer = makeIncident({ updatedAt: '2026-11-22T08:10:00Z', severity: 'critical' })
    const page = { items: [newer], total: 1 }
    expect(applyIncident(page, makeIncident({ updatedAt: '2026-11-22T08:01:00Z' }), open)).toBe(page)
    const other = makeIncident({ incidentId: 'x', storeId: 'store-2' })
    const storeOne = { items: [], total: 0 }
    expect(applyIncident(storeOne, other, { ...open, storeId: 'store-1' })).toBe(storeOne)
  })

  it('replaces an incident that gained a reason and re-sorts it', () => {
    const a = makeIncident({ incidentId: 'a', severity: 'warning', openedAt: '2026-11-22T07:00:00Z' })
    const b = makeIncident({ incidentId: 'b', severity: 'warning', openedAt: '2026-11-22T08:00:00Z' })
    const bCritical = { ...b, severity: 'critical' as const, updatedAt: '2026-11-22T08:30:00Z' }
    const page = applyIncident({ items: [a, b], total: 2 }, bCritical, open)
    expect(page.items.map((i) => `${i.incidentId}:${i.severity}`)).toEqual(['b:critical', 'a:warning'])
    expect(page.total).toBe(2)
  })
})

describe('countIncidentsBySeverity and escalatedAt', () => {
  it('counts one per incident and finds the latest escalation time', () => {
    const escalated = makeIncident({
      severity: 'critical',
      escalated: true,
      escalationLevel: 2,
      history: [
        { at: '2026-11-22T08:00:00Z', action: 'opened', by: null, note: null },
        { at: '2026-11-22T08:05:00Z', action: 'escalated', by: 'system', note: null },
        { at: '2026-11-22T08:15:00Z', action: 'escalated', by: 'system', note: null },
      ],
    })
    expect(countIncidentsBySeverity([escalated, makeIncident()])).toEqual({ info: 0, warning: 1, critical: 1 })
    expect(escalatedAt(escalated)).toBe('2026-11-22T08:15:00Z')
    expect(escalatedAt(makeIncident())).toBeNull()
  })
})
