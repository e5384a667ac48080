import type { AlertStatus, Incident, Severity } from './contract'
import { severityRank } from './alerts'

// Pure, immutable operations on incident lists, shared by the incident console and the wallboard feed.

export interface IncidentFilter {
  status: AlertStatus | null
  storeId: string | null
  teamId: string | null
}

export function incidentMatches(incident: Incident, filter: IncidentFilter): boolean {
  return (
    (!filter.status || incident.status === filter.status) &&
    (!filter.storeId || incident.storeId === filter.storeId) &&
    (!filter.teamId || incident.teamId === filter.teamId)
  )
}

/** Triage order: most severe first, then escalated, then the one waiting longest for a person. */
export function triageOrder(a: Incident, b: Incident): number {
  return (
    severityRank[b.severity] - severityRank[a.severity] ||
    Number(b.escalated) - Number(a.escalated) ||
    Date.parse(a.openedAt) - Date.parse(b.openedAt) ||
    a.incidentId.localeCompare(b.incidentId)
  )
}

/** Resolved ones are history: the latest first. */
export function latestFirst(a: Incident, b: Incident): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.incidentId.localeCompare(b.incidentId)
}

export function orderFor(status: AlertStatus | null): (a: Incident, b: Incident) => number {
  return status === 'resolved' ? latestFirst : triageOrder
}

export interface IncidentPage {
  items: readonly Incident[]
  /** How many match on the server (`X-Total-Count`), pushes included. */
  total: number
}

/**
 * Applies one pushed incident to a page holding the incidents matching `filter`: replaces it, removes it when it no
 * longer matches (acknowledged leaves "open"), or inserts it; the total follows. An older push than the cached copy
 * is ignored. Returns the same page when nothing changed.
 */
export function applyIncident(page: IncidentPage, incident: Incident, filter: IncidentFilter): IncidentPage {
  const index = page.items.findIndex((i) => i.incidentId === incident.incidentId)
  const current = index >= 0 ? page.items[index] : undefined
  if (current && Date.parse(current.updatedAt) > Date.parse(incident.updatedAt)) {
    return page
  }
  const matches = incidentMatches(incident, filter)
  if (current) {
    if (!matches) {
      return { items: page.items.filter((_, i) => i !== index), total: Math.max(0, page.total - 1) }
    }
    const items = [...page.items]
    items[index] = incident
    return { items: items.sort(orderFor(filter.status)), total: page.total }
  }
  if (!matches) {
    return page
  }
  return { items: [...page.items, incident].sort(orderFor(filter.status)), total: page.total + 1 }
}

export function countIncidentsBySeverity(incidents: readonly Incident[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 }
  for (const incident of incidents) {
    counts[incident.severity] += 1
  }
  return counts
}

/** When the incident reached its current escalation level (from its history), or null. */
export function escalatedAt(incident: Incident): string | null {
  if (!incident.escalated) {
    return null
  }
  const entries = incident.history.filter((h) => h.action === 'escalated')
  return entries.at(-1)?.at ?? null
}
