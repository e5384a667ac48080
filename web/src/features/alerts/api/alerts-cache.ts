import type { QueryClient } from '@tanstack/react-query'
import { applyAlert } from '@/lib/alerts'
import type { Alert } from '@/lib/contract'
import { alertsListLimit, type AlertsQuery } from './get-alerts'

/** Applies one alert to every cached alert list: it appears in the list of its new status and leaves the old one. */
export function patchAlertLists(queryClient: QueryClient, alert: Alert): void {
  for (const [key] of queryClient.getQueriesData<readonly Alert[]>({ queryKey: ['alerts'] })) {
    const query = key[1] as AlertsQuery | undefined
    if (!query) {
      continue
    }
    queryClient.setQueryData<readonly Alert[]>(key, (list) => (list ? applyAlert(list, alert, query, alertsListLimit) : list))
  }
}

export function isAlert(value: unknown): value is Alert {
  return typeof value === 'object' && value !== null && 'alertId' in value && 'status' in value
}
