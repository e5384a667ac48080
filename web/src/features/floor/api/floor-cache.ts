import type { Alert, FloorSnapshot, Severity } from '@/lib/contract'
import { newestFirst } from '@/lib/alerts'
import type { FloorFilter } from './get-floor'

// Immutable patches of the cached wallboard snapshot by hub pushes.

function norm(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value
}

/** A pushed snapshot belongs to the filter the view subscribed with (a late one from the old filter is dropped). */
export function snapshotMatches(snapshot: FloorSnapshot, filter: FloorFilter): boolean {
  return norm(snapshot.storeId) === filter.storeId && norm(snapshot.teamId) === filter.teamId
}

export function alertMatches(alert: Pick<Alert, 'storeId' | 'teamId'>, filter: FloorFilter): boolean {
  return (!filter.storeId || alert.storeId === filter.storeId) && (!filter.teamId || alert.teamId === filter.teamId)
}

function adjustCount(snapshot: FloorSnapshot, severity: Severity, delta: number): FloorSnapshot['kpis'] {
  const counts = { ...snapshot.kpis.openAlertsBySeverity }
  counts[severity] = Math.max(0, (counts[severity] ?? 0) + delta)
  return { ...snapshot.kpis, openAlertsBySeverity: counts }
}

/**
 * Takes a pushed snapshot. An older snapshot than the cached one is ignored; open alerts pushed after the
 * snapshot was taken (alerts are pushed at once, snapshots at most once a second) are kept.
 */
export function mergeSnapshot(previous: FloorSnapshot | undefined, next: FloorSnapshot): FloorSnapshot {
  if (!previous) {
    return next
  }
  const nextAt = Date.parse(next.at)
  if (nextAt < Date.parse(previous.at)) {
    return previous
  }
  const known = new Set(next.openAlerts.map((a) => a.alertId))
  const newer = previous.openAlerts.filter((a) => !known.has(a.alertId) && a.status === 'open' && Date.parse(a.raisedAt) > nextAt)
  if (newer.length === 0) {
    return next
  }
  let merged: FloorSnapshot = { ...next, openAlerts: [...newer, ...next.openAlerts].sort(newestFirst) }
  for (const alert of newer) {
    merged = { ...merged, kpis: adjustCount(merged, alert.severity, 1) }
  }
  return merged
}

/** Applies an `alertRaised` or `alertUpdated` push: open alerts are in the feed, others leave it. */
export function applyAlertToSnapshot(snapshot: FloorSnapshot | undefined, alert: Alert, filter: FloorFilter): FloorSnapshot | undefined {
  if (!snapshot || !alertMatches(alert, filter)) {
    return snapshot
  }
  const index = snapshot.openAlerts.findIndex((a) => a.alertId === alert.alertId)
  if (alert.status === 'open') {
    if (index >= 0) {
      const openAlerts = [...snapshot.openAlerts]
      openAlerts[index] = alert
      return { ...snapshot, openAlerts }
    }
    return {
      ...snapshot,
      openAlerts: [alert, ...snapshot.openAlerts].sort(newestFirst),
      kpis: adjustCount(snapshot, alert.severity, 1),
    }
  }
  if (index < 0) {
    return snapshot
  }
  const removed = snapshot.openAlerts[index]
  return {
    ...snapshot,
    openAlerts: snapshot.openAlerts.filter((a) => a.alertId !== alert.alertId),
    kpis: adjustCount(snapshot, removed?.severity ?? alert.severity, -1),
  }
}
