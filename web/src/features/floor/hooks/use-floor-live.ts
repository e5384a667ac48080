import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Alert } from '@/lib/contract'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubConnected, useHubEvent } from '@/lib/use-hub'
import { applyAlertToSnapshot, mergeSnapshot, snapshotMatches, alertMatches } from '../api/floor-cache'
import { floorQueryKey, type FloorFilter } from '../api/get-floor'
import type { FloorSnapshot } from '@/lib/contract'

/**
 * Keeps the cached floor snapshot live: subscribes on `/hubs/floor` with the filter, patches the cache from
 * pushes, and refetches `GET /api/floor` after every (re)connect so nothing missed while offline stays missing.
 */
export function useFloorLive(filter: FloorFilter, onCriticalAlert?: (alert: Alert) => void): ConnectionState {
  const queryClient = useQueryClient()
  const { hub, state } = useHub('/hubs/floor')
  const { storeId, teamId } = filter
  const filterRef = useRef(filter)
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
  })

  useHubEvent(hub, 'floorUpdated', (snapshot) => {
    const current = filterRef.current
    if (snapshotMatches(snapshot, current)) {
      queryClient.setQueryData<FloorSnapshot>(floorQueryKey(current), (previous) => mergeSnapshot(previous, snapshot))
    }
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
