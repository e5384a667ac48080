import type { Alert, FloorSnapshot, Incident } from './contract'

/** Builders for unit tests: a valid contract object with the fields a test cares about overridden. */
export function makeAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    alertId: 'al-1',
    kind: 'banned.term',
    severity: 'warning',
    status: 'open',
    conversationId: 'c-1',
    agentId: 'a-01',
    customerId: 'u-1',
    storeId: 'store-1',
    teamId: 'team-pre-sales',
    raisedAt: '2026-11-22T08:00:00Z',
    message: 'Agent said 全网最低价',
    ...overrides,
  }
}

export function makeSnapshot(overrides: Partial<FloorSnapshot> = {}): FloorSnapshot {
  return {
    storeId: null,
    teamId: null,
    at: '2026-11-22T08:00:00Z',
    kpis: {
      openConversations: 5,
      waiting: 2,
      longestWaitSeconds: 40,
      slaAttainmentPercent: 92.5,
      openAlertsBySeverity: {},
      csatToday: 4.5,
      messagesToday: 100,
      conversationsToday: 20,
    },
    agents: [],
    riskConversations: [],
    openAlerts: [],
    ...overrides,
  }
}

export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    incidentId: 'I000001@store-1',
    subject: { conversationId: 'c-1', customerId: null },
    storeId: 'store-1',
    teamId: 'team-pre-sales',
    agentId: 'a-01',
    severity: 'warning',
    status: 'open',
    openedAt: '2026-11-22T08:00:00Z',
    updatedAt: '2026-11-22T08:00:00Z',
    escalated: false,
    escalationLevel: 0,
    summary: 'banned.term: Agent said 全网最低价',
    summaryKey: 'incident.summary',
    summaryArgs: {},
    alerts: [makeAlert({ incidentId: 'I000001@store-1' })],
    history: [{ at: '2026-11-22T08:00:00Z', action: 'opened', by: null, note: null }],
    ...overrides,
  }
}
