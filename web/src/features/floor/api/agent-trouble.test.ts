import { describe, expect, it } from 'vitest'
import type { AgentTile } from '@/lib/contract'
import { makeAlert, makeIncident } from '@/lib/test-data'
import { byTrouble, troubleByAgent } from './agent-trouble'

const tile = (agentId: string, longestWaitSeconds = 0, status: AgentTile['status'] = 'online'): AgentTile => ({
  agentId,
  status,
  load: 1,
  longestWaitSeconds,
  breachesToday: 0,
  alertsToday: 0,
})

describe('agents sorted by trouble', () => {
  it('puts the breaching agent first, then the longest wait, then the most open incidents', () => {
    const incidents = [
      makeIncident({ incidentId: '1', agentId: 'a-09', alerts: [makeAlert({ kind: 'sla.breach', severity: 'critical' })] }),
      makeIncident({ incidentId: '2', agentId: 'a-03' }),
      makeIncident({ incidentId: '3', agentId: 'a-03' }),
      makeIncident({ incidentId: '4', agentId: 'a-04' }),
    ]
    const trouble = troubleByAgent(incidents, [])
    const agents = [tile('a-01'), tile('a-03'), tile('a-04'), tile('a-07', 75), tile('a-09', 5), tile('a-02', 0, 'busy')]
    expect([...agents].sort(byTrouble(trouble)).map((a) => a.agentId)).toEqual(['a-09', 'a-07', 'a-03', 'a-04', 'a-02', 'a-01'])
    expect(trouble.get('a-03')?.openIncidents).toBe(2)
  })

  it('counts a resolved breach as no breach, and takes a breaching risk conversation as one', () => {
    const resolved = makeIncident({ agentId: 'a-01', alerts: [makeAlert({ kind: 'sla.breach', status: 'resolved' })] })
    const trouble = troubleByAgent([resolved], [
      { conversationId: 'c-9', agentId: 'a-02', storeId: 's', reason: 'sla.breach', severity: 'critical', waitingSeconds: 200, lastActivityAt: '2026-11-22T08:00:00Z' },
    ])
    expect(trouble.get('a-01')?.breaching).toBe(false)
    expect(trouble.get('a-02')?.breaching).toBe(true)
  })

  it('keeps tiles in place while waits differ by less than the band', () => {
    const order = byTrouble(new Map())
    expect([tile('a-02', 31), tile('a-01', 38)].sort(order).map((a) => a.agentId)).toEqual(['a-01', 'a-02'])
  })
})
