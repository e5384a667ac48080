import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Alert } from '@/lib/contract'
import type { IncidentPage } from '@/lib/incidents'
import { incidentsQueryKey, patchIncidentLists } from '@/lib/incidents-query'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubConnected, useHubEvent } from '@/lib/use-hub'
import { applyAlertToSnapshot, mergeSnapshot, snapshotMatches, alertMatches } from '../api/floor-cache'
import { floorQueryKey, type FloorFilter } from '../api/get-floor'
import type { FloorSnapshot } from '@/lib/contract'

/** At most one re-read of the open incidents this often when the snapshot's count disagrees with the feed's. */
const reconcileMs = 10_000

function openIncidentTotal(snapshot: FloorSnapshot): number | null {
  const counts = snapshot.kpis.openIncidentsBySeverity
  return counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : null
}

/**
 * Keeps the cached floor snapshot live: subscribes on `/hubs/floor` with the filter, patches the cache from
 * pushes, and refetches `GET /api/floor` after every (re)connect so nothing missed while offline stays missing.
 */
export function useFloorLive(filter: FloorFilter, onCriticalAlert?: (alert: Alert) => void): ConnectionState {
  const queryClient = useQueryClient()
  const { hub, state } = useHub('/hubs/floor')
  const { storeId, teamId } = filter
  const filterRef = useRef(filter)
  const lastReconcile = useRef(0)
  useEffect(() => {
    filterRef.current = { storeId, teamId }
  }, [storeId, teamId])

  useEffect(() => {
    if (hub && state === 'connected') {
      void hub.invoke('Subscribe', storeId, teamId).catch(() => undefined)
    }
  }, [hub, state, storeId, teamId])

  useHubConnected(hub, () => {
    void queryClient.invalidateQueries({ queryKey: ['floor'] })
    void queryClient.invalidateQueries({ queryKey: ['incidents'] })
  })

  useHubEvent(hub, 'floorUpdated', (snapshot) => {
    const current = filterRef.current
    if (!snapshotMatches(snapshot, current)) {
      return
    }
    queryClient.setQueryData<FloorSnapshot>(floorQueryKey(current), (previous) => mergeSnapshot(previous, snapshot))
    // Silenced incidents push nothing but count on the floor; a missed push must not leave the feed wrong for ever.
    const key = incidentsQueryKey({ status: 'open', ...current })
    const feed = queryClient.getQueryData<IncidentPage>(key)
    const total = openIncidentTotal(snapshot)
    if (feed && total !== null && total !== feed.total && Date.now() - lastReconcile.current > reconcileMs) {
      lastReconcile.current = Date.now()
      void queryClient.invalidateQueries({ queryKey: key })
    }
  })

  useHubEvent(hub, 'incidentUpdated', (incident) => {
    patchIncidentLists(queryClient, incident)
  })

  useHubEvent(hub, 'alertRaised', (alert) => {
    const current = filterRef.current
    queryClient.setQueryData<FloorSnapshot>(floorQueryKey(current), (previous) => applyAlertToSnapshot(previous, alert, current))
    if (alert.severity === 'critical' && alert.status === 'open' && alertMatches(alert, current)) {
      onCriticalAlert?.(alert)
    }
  })

  useHubEvent(hub, 'alertUpdated', (alert) => {
    const current = filterRef.current
    queryClient.setQueryData<FloorSnapshot>(floorQueryKey(current), (previous) => applyAlertToSnapshot(previous, alert, current))
  })

  return state
}
