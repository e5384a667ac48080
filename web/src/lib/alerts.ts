import type { Alert, Severity } from './contract'

// Pure, immutable operations on alert lists, shared by the wallboard feed and the alert console.

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, critical: 2 }

export function newestFirst(a: Alert, b: Alert): number {
  return Date.parse(b.raisedAt) - Date.parse(a.raisedAt)
}

export interface AlertFilter {
  status?: string | null
  kind?: string | null
  storeId?: string | null
  teamId?: string | null
}

export function matchesFilter(alert: Alert, filter: AlertFilter): boolean {
  return (
    (!filter.status || alert.status === filter.status) &&
    (!filter.kind || alert.kind === filter.kind) &&
    (!filter.storeId || alert.storeId === filter.storeId) &&
    (!filter.teamId || alert.teamId === filter.teamId)
  )
}

/**
 * Applies one pushed alert to a list that holds the alerts matching `filter`, newest first:
 * replaces it, removes it when it no longer matches (acknowledged moves out of "open"), or inserts it.
 * Returns the same array when nothing changed so React Query keeps its reference.
 */
export function applyAlert(list: readonly Alert[], alert: Alert, filter: AlertFilter, limit?: number): readonly Alert[] {
  const index = list.findIndex((a) => a.alertId === alert.alertId)
  const matches = matchesFilter(alert, filter)
  if (index >= 0) {
    if (!matches) {
      return [...list.slice(0, index), ...list.slice(index + 1)]
    }
    const copy = [...list]
    copy[index] = alert
    return copy
  }
  if (!matches) {
    return list
  }
  const next = [...list, alert].sort(newestFirst)
  return limit !== undefined && next.length > limit ? next.slice(0, limit) : next
}

export function countBySeverity(alerts: readonly Alert[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 }
  for (const alert of alerts) {
    counts[alert.severity] += 1
  }
  return counts
}

export function isEscalation(alert: Alert): boolean {
  return alert.kind === 'escalation' || Boolean(alert.escalatedAlertId)
}
