import type { AgentTile, Incident, RiskConversation } from '@/lib/contract'

// Which agents need a supervisor first: breaching now, then waiting longest, then the most open incidents.

export interface AgentTrouble {
  /** A customer of this agent waits past the breach limit right now. */
  breaching: boolean
  openIncidents: number
}

const none: AgentTrouble = { breaching: false, openIncidents: 0 }
const statusOrder: Record<string, number> = { busy: 0, online: 1, away: 2, offline: 3 }
/** Waits compare in 10-second bands, so tiles do not swap places every second on a wall. */
const waitBandSeconds = 10
const agentIdOrder = new Intl.Collator(undefined, { numeric: true })

export function troubleByAgent(openIncidents: readonly Incident[], risks: readonly RiskConversation[]): ReadonlyMap<string, AgentTrouble> {
  const map = new Map<string, AgentTrouble>()
  const entry = (agentId: string): AgentTrouble => {
    const found = map.get(agentId) ?? { ...none }
    map.set(agentId, found)
    return found
  }
  for (const incident of openIncidents) {
    if (!incident.agentId) {
      continue
    }
    const trouble = entry(incident.agentId)
    trouble.openIncidents += 1
    if (incident.alerts.some((a) => a.kind === 'sla.breach' && a.status !== 'resolved')) {
      trouble.breaching = true
    }
  }
  for (const risk of risks) {
    if (risk.agentId && risk.reason === 'sla.breach') {
      entry(risk.agentId).breaching = true
    }
  }
  return map
}

export function troubleOf(trouble: ReadonlyMap<string, AgentTrouble>, agentId: string): AgentTrouble {
  return trouble.get(agentId) ?? none
}

/** Most trouble first; agents without any keep the status-then-id order. */
export function byTrouble(trouble: ReadonlyMap<string, AgentTrouble>): (a: AgentTile, b: AgentTile) => number {
  return (a, b) => {
    const ta = troubleOf(trouble, a.agentId)
    const tb = troubleOf(trouble, b.agentId)
    return (
      Number(tb.breaching) - Number(ta.breaching) ||
      Math.floor(b.longestWaitSeconds / waitBandSeconds) - Math.floor(a.longestWaitSeconds / waitBandSeconds) ||
      tb.openIncidents - ta.openIncidents ||
      (statusOrder[a.status] ?? 9) - (statusOrder[b.status] ?? 9) ||
      agentIdOrder.compare(a.agentId, b.agentId)
    )
  }
}
