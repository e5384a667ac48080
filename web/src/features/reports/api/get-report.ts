import { queryOptions } from '@tanstack/react-query'
import { apiBlob, apiJson, apiPath } from '@/lib/api-client'
import type { AgentReport, Alert } from '@/lib/contract'

export interface ReportPeriod {
  from: string
  to: string
  storeId: string | null
  teamId: string | null
}

function reportPath(period: ReportPeriod): string {
  return apiPath('/api/reports/agents', { from: period.from, to: period.to, storeId: period.storeId, teamId: period.teamId })
}

export function agentReportQueryOptions(period: ReportPeriod) {
  return queryOptions({
    queryKey: ['report', 'agents', period],
    queryFn: ({ signal }) => apiJson<AgentReport>(reportPath(period), { signal }),
    staleTime: 60_000,
  })
}

/** Alerts of the period's store/team for the "alerts by kind" chart (all statuses). */
export function periodAlertsQueryOptions(period: ReportPeriod) {
  return queryOptions({
    queryKey: ['report', 'alerts', period],
    queryFn: ({ signal }) => apiJson<Alert[]>(apiPath('/api/alerts', { storeId: period.storeId, teamId: period.teamId, limit: 1000 }), { signal }),
    staleTime: 60_000,
  })
}

/** Fetches the CSV form of the report (content negotiation) and hands it to the browser as a download. */
export async function downloadReportCsv(period: ReportPeriod): Promise<void> {
  const blob = await apiBlob(reportPath(period), { accept: 'text/csv' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = `agents-${period.from}-${period.to}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 1000)
}
