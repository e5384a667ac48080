import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Incident } from '@/lib/contract'
import type { ConnectionState } from '@/lib/hub'
import { useHub, useHubConnected, useHubEvent } from '@/lib/use-hub'
import { patchIncidentLists } from '@/lib/incidents-query'

/** Tab counts are re-read at most this often while pushes arrive (the shown list itself is patched at once). */
const countsRefreshMs = 2000

/**
 * Live incident lists: `incidentUpdated` on `/hubs/floor` (everything the user may see) and `/hubs/oncall` patches
 * every cached list; a (re)connect re-reads them so nothing missed while offline stays missing.
 */
export function useIncidentsLive(withOncall: boolean): ConnectionState {
  const queryClient = useQueryClient()
  const floor = useHub('/hubs/floor')
  const oncall = useHub('/hubs/oncall', withOncall)
  const countsTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const onIncident = (incident: Incident): void => {
    patchIncidentLists(queryClient, incident)
    countsTimer.current ??= setTimeout(() => {
      countsTimer.current = null
      void queryClient.invalidateQueries({ queryKey: ['incident-counts'] })
    }, countsRefreshMs)
  }
  const resync = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['incidents'] })
    void queryClient.invalidateQueries({ queryKey: ['incident-counts'] })
  }

  useEffect(
    () => () => {
      if (countsTimer.current) {
        clearTimeout(countsTimer.current)
      }
    },
    [],
  )
  useEffect(() => {
    if (floor.hub && floor.state === 'connected') {
      void floor.hub.invoke('Subscribe', null, null).catch(() => undefined)
    }
  }, [floor.hub, floor.state])
  useHubConnected(floor.hub, resync)
  useHubConnected(oncall.hub, resync)
  useHubEvent(floor.hub, 'incidentUpdated', onIncident)
  useHubEvent(oncall.hub, 'incidentUpdated', onIncident)
  return floor.state
}
