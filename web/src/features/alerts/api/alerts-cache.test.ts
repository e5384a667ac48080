import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { Alert } from '@/lib/contract'
import { makeAlert } from '@/lib/test-data'
import { patchAlertLists } from './alerts-cache'
import { alertsQueryKey, type AlertsQuery } from './get-alerts'

const query = (status: AlertsQuery['status']): AlertsQuery => ({ status, kind: null, storeId: null, teamId: null })

describe('patchAlertLists', () => {
  it('moves an acknowledged alert from the open tab to the acknowledged tab in the cache', () => {
    const client = new QueryClient()
    const alert = makeAlert()
    client.setQueryData(alertsQueryKey(query('open')), [alert])
    client.setQueryData(alertsQueryKey(query('acknowledged')), [])
    const openBefore = client.getQueryData<Alert[]>(alertsQueryKey(query('open')))

    patchAlertLists(client, { ...alert, status: 'acknowledged', acknowledgedBy: 'oncall' })

    expect(client.getQueryData<Alert[]>(alertsQueryKey(query('open')))).toEqual([])
    expect(client.getQueryData<Alert[]>(alertsQueryKey(query('acknowledged')))?.[0]?.acknowledgedBy).toBe('oncall')
    expect(openBefore).toEqual([alert])
  })

  it('leaves lists that were never fetched alone', () => {
    const client = new QueryClient()
    patchAlertLists(client, makeAlert())
    expect(client.getQueryData(alertsQueryKey(query('open')))).toBeUndefined()
  })
})
