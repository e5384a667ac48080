import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { incidentsQueryKey, patchIncidentLists } from './incidents-query'
import type { IncidentPage } from './incidents'
import { makeIncident } from './test-data'

describe('patchIncidentLists', () => {
  it('reads the list again when a push arrives while a read is in flight, so the older answer cannot drop it', async () => {
    const client = new QueryClient()
    const queryKey = incidentsQueryKey({ status: 'open', storeId: null, teamId: null })
    const pushed = makeIncident({ incidentId: 'new' })
    let release: () => void = () => undefined
    const firstRead = new Promise<void>((resolve) => {
      release = resolve
    })
    let reads = 0
    const queryFn = async (): Promise<IncidentPage> => {
      reads++
      if (reads === 1) {
        // Answered from the server before the incident was raised, delivered after its push.
        await firstRead
        return { items: [], total: 0 }
      }
      return { items: [pushed], total: 1 }
    }
    const observer = new QueryObserver(client, { queryKey, queryFn, staleTime: Infinity })
    const unsubscribe = observer.subscribe(() => undefined)

    patchIncidentLists(client, pushed)
    release()
    for (let i = 0; i < 50 && client.getQueryState(queryKey)?.fetchStatus !== 'idle'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    unsubscribe()

    expect(client.getQueryData<IncidentPage>(queryKey)?.items.map((i) => i.incidentId)).toEqual(['new'])
  })
})
