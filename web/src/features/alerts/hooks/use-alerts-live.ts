import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Alert } from '@/lib/contract'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubConnected, useHubEvent } from '@/lib/use-hub'
import { patchAlertLists } from '../api/alerts-cache'

/**
 * Live alert lists: `/hubs/floor` brings every raised/updated alert the user may see, `/hubs/oncall`
 * brings escalations. Both resync from REST after a reconnect.
 */
export function useAlertsLive(withOncall: boolean): ConnectionState {
  const queryClient = useQueryClient()
  const floor = useHub('/hubs/floor')
  const oncall = useHub('/hubs/oncall', withOncall)
  const onAlert = (alert: Alert): void => {
    patchAlertLists(queryClient, alert)
  }
  const resync = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['alerts'] })
  }

  useEffect(() => {
    if (floor.hub && floor.state === 'connected') {
      void floor.hub.invoke('Subscribe', null, null).catch(() => undefined)
    }
  }, [floor.hub, floor.state])
  useHubConnected(floor.hub, resync)
  useHubConnected(oncall.hub, resync)
  useHubEvent(floor.hub, 'alertRaised', onAlert)
  useHubEvent(floor.hub, 'alertUpdated', onAlert)
  useHubEvent(oncall.hub, 'escalationRaised', onAlert)
  useHubEvent(oncall.hub, 'alertUpdated', onAlert)
  return floor.state
}
