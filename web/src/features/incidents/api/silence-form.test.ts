import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-client'
import type { Alert, Incident } from '@/lib/contract'
import { draftFromIncident, emptyDraft, localSilenceErrors, silenceErrorsOf, silenceUntil, toSilenceBody, topAlertKind } from './silence-form'

const alert = (overrides: Partial<Alert>): Alert => ({
  alertId: overrides.kind ?? 'a',
  kind: 'sla.warning',
  severity: 'warning',
  status: 'open',
  storeId: 'store-1',
  raisedAt: '2026-11-22T08:00:00Z',
  message: 'm',
  ...overrides,
})

const incident = (alerts: Alert[], overrides: Partial<Incident> = {}): Incident => ({
  incidentId: 'i-1',
  subject: { conversationId: 'c-1', customerId: null },
  storeId: 'store-1',
  teamId: 'team-a',
  agentId: 'agent-7',
  severity: 'critical',
  status: 'open',
  openedAt: '2026-11-22T08:00:00Z',
  updatedAt: '2026-11-22T08:00:00Z',
  escalated: false,
  escalationLevel: 0,
  summary: 's',
  summaryKey: 'k',
  summaryArgs: {},
  alerts,
  history: [],
  ...overrides,
})

describe('silence form', () => {
  it('pre-fills from a card: its strongest open reason, its store and team, reason left empty', () => {
    const card = incident([
      alert({ kind: 'escalation', severity: 'critical', raisedAt: '2026-11-22T08:06:00Z' }),
      alert({ kind: 'sla.warning', severity: 'warning', raisedAt: '2026-11-22T08:05:00Z' }),
      alert({ kind: 'pii.leak', severity: 'critical', status: 'resolved', raisedAt: '2026-11-22T08:04:00Z' }),
      alert({ kind: 'complaint.risk', severity: 'critical', raisedAt: '2026-11-22T08:01:00Z' }),
    ])
    expect(draftFromIncident(card)).toEqual({ kind: 'complaint.risk', storeId: 'store-1', teamId: 'team-a', agentId: '', duration: '1h', reason: '' })
  })

  it('takes the newest of equally severe reasons, an escalation only when alone, a resolved one when all are', () => {
    expect(topAlertKind(incident([alert({ kind: 'banned.term', raisedAt: '2026-11-22T08:01:00Z' }), alert({ kind: 'rude.language', raisedAt: '2026-11-22T08:02:00Z' })]))).toBe('rude.language')
    expect(topAlertKind(incident([alert({ kind: 'escalation', severity: 'critical' })]))).toBe('escalation')
    expect(topAlertKind(incident([alert({ kind: 'sla.breach', status: 'resolved' })]))).toBe('sla.breach')
    expect(draftFromIncident(incident([], { teamId: null })).teamId).toBe('')
  })

  it('computes until from the duration, end of day being the next local midnight', () => {
    const now = new Date(2026, 10, 22, 14, 10, 0)
    expect(silenceUntil('30m', now)).toBe(new Date(2026, 10, 22, 14, 40, 0).toISOString())
    expect(silenceUntil('1h', now)).toBe(new Date(2026, 10, 22, 15, 10, 0).toISOString())
    expect(silenceUntil('4h', now)).toBe(new Date(2026, 10, 22, 18, 10, 0).toISOString())
    expect(silenceUntil('endOfDay', now)).toBe(new Date(2026, 10, 23, 0, 0, 0).toISOString())
    expect(silenceUntil('endOfDay', new Date(2026, 11, 31, 23, 59, 0))).toBe(new Date(2027, 0, 1).toISOString())
  })

  it('sends blanks as null (every) and a trimmed reason', () => {
    const now = new Date('2026-11-22T08:00:00Z')
    const body = toSilenceBody({ ...emptyDraft, kind: 'sla.warning', storeId: ' store-1 ', reason: '  快递系统故障 ' }, now)
    expect(body).toEqual({ kind: 'sla.warning', storeId: 'store-1', teamId: null, agentId: null, until: '2026-11-22T09:00:00.000Z', reason: '快递系统故障' })
  })

  it('asks for a reason before sending', () => {
    expect(localSilenceErrors({ ...emptyDraft, reason: '   ' }, 'required')).toEqual({ fields: { reason: ['required'] }, general: [] })
    expect(localSilenceErrors({ ...emptyDraft, reason: 'known outage' }, 'required')).toBeNull()
  })

  it("puts a 400's errors next to their fields, whatever their spelling, and the rest in general", () => {
    const error = new ApiError(400, { status: 400, errors: { until: ['须晚于当前时间'], Reason: ['必填'], '$.kind': ['不是告警类型'], other: ['x'] } }, '400')
    expect(silenceErrorsOf(error, 'forbidden')).toEqual({
      fields: { until: ['须晚于当前时间'], reason: ['必填'], kind: ['不是告警类型'] },
      general: ['x'],
    })
  })

  it('shows a 403 as the scope message and any other failure as its message', () => {
    expect(silenceErrorsOf(new ApiError(403, null, '403 Forbidden'), 'only your stores')).toEqual({ fields: {}, general: ['only your stores'] })
    expect(silenceErrorsOf(new ApiError(500, { detail: 'boom' }, '500'), 'f').general).toEqual(['boom'])
    expect(silenceErrorsOf(new Error('offline'), 'f').general).toEqual(['offline'])
  })
})
