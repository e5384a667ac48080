import type { Alert, FloorSnapshot } from './contract'

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
