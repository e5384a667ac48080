import { describe, expect, it } from 'vitest'
import { applyAlert, countBySeverity, isEscalation } from './alerts'
import { makeAlert } from './test-data'

describe('applyAlert', () => {
  const open = { status: 'open' }

  it('inserts a matching alert newest first', () => {
    const older = makeAlert({ alertId: 'old', raisedAt: '2026-11-22T07:00:00Z' })
    const newer = makeAlert({ alertId: 'new', raisedAt: '2026-11-22T09:00:00Z' })
    expect(applyAlert([older], newer, open).map((a) => a.alertId)).toEqual(['new', 'old'])
  })

  it('moves an acknowledged alert out of the open list and into the acknowledged one', () => {
    const alert = makeAlert()
    const acked = { ...alert, status: 'acknowledged' as const }
    expect(applyAlert([alert], acked, open)).toEqual([])
    expect(applyAlert([], acked, { status: 'acknowledged' })).toEqual([acked])
  })

  it('replaces an alert in place without mutating the input', () => {
    const list = [makeAlert({ alertId: 'a' }), makeAlert({ alertId: 'b', message: 'before' })]
    const snapshot = structuredClone(list)
    const next = applyAlert(list, makeAlert({ alertId: 'b', message: 'after' }), open)
    expect(next[1]?.message).toBe('after')
    expect(list).toEqual(snapshot)
  })

  it('returns the same array when the alert does not belong to the list', () => {
    const list = [makeAlert()]
    expect(applyAlert(list, makeAlert({ alertId: 'x', storeId: 'store-2' }), { storeId: 'store-1' })).toBe(list)
  })

  it('keeps at most the limit', () => {
    const list = [makeAlert({ alertId: 'a', raisedAt: '2026-11-22T07:00:00Z' })]
    const next = applyAlert(list, makeAlert({ alertId: 'b', raisedAt: '2026-11-22T08:00:00Z' }), open, 1)
    expect(next.map((a) => a.alertId)).toEqual(['b'])
  })
})

describe('countBySeverity / isEscalation', () => {
  it('counts each severity', () => {
    expect(countBySeverity([makeAlert({ severity: 'critical' }), makeAlert({ severity: 'critical' }), makeAlert({ severity: 'info' })])).toEqual({
      info: 1,
      warning: 0,
      critical: 2,
    })
  })

  it('treats escalation kind or an escalated alert id as an escalation', () => {
    expect(isEscalation(makeAlert({ kind: 'escalation' }))).toBe(true)
    expect(isEscalation(makeAlert({ escalatedAlertId: 'al-0' }))).toBe(true)
    expect(isEscalation(makeAlert())).toBe(false)
  })
})
