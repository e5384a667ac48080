import { useQuery } from '@tanstack/react-query'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '@/lib/components/DateField'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { StoreTeamFilter } from '@/lib/components/StoreTeamFilter'
import { isoDate } from '@/lib/format'
import { useSearchFilter } from '@/lib/use-search-filter'
import { agentReportQueryOptions, downloadReportCsv } from '../api/get-report'
import { flattenRow } from '../api/table'
import { ReportCharts } from './ReportCharts'
import { ReportTable } from './ReportTable'

function daysAgo(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() - days)
  return isoDate(date)
}

export function ReportsPage(): JSX.Element {
  const { t } = useTranslation()
  const [filter, setFilter] = useSearchFilter()
  const [from, setFrom] = useState(() => daysAgo(6))
  const [to, setTo] = useState(() => daysAgo(0))
  const [csvError, setCsvError] = useState<string | null>(null)
  const period = { from, to, storeId: filter.storeId, teamId: filter.teamId }
  const report = useQuery(agentReportQueryOptions(period))
  const agents = (report.data?.agents ?? []).map((row) => flattenRow(row))
  const rollups = report.data ? [...report.data.teams, ...report.data.stores, ...(report.data.platforms ?? []), ...(report.data.total ? [report.data.total] : [])].map((row) => flattenRow(row)) : []

  return (
    <div className="reports">
      <div className="toolbar">
        <h1>{t('reports.title')}</h1>
        <DateField label={t('reports.from')} value={from} max={to} onChange={setFrom} testId="report-from" />
        <DateField label={t('reports.to')} value={to} min={from} onChange={setTo} testId="report-to" />
        <StoreTeamFilter value={filter} onChange={setFilter} />
        <button
          type="button"
          onClick={() => {
            setCsvError(null)
            downloadReportCsv(period).catch((error: unknown) => {
              setCsvError(error instanceof Error ? error.message : String(error))
            })
          }}
        >
          ⤓ {t('reports.csv')}
        </button>
        {csvError && (
          <span role="alert" className="error">
            {csvError}
          </span>
        )}
      </div>
      {report.data ? (
        agents.length === 0 ? (
          <p className="muted">{t('reports.empty')}</p>
        ) : (
          <>
            <section className="panel" aria-labelledby="report-agents-h">
              <h2 id="report-agents-h">{t('reports.agents')}</h2>
              <ReportTable rows={agents} testId="report-table" />
            </section>
            {rollups.length > 0 && (
              <section className="panel" aria-labelledby="report-rollups-h">
                <h2 id="report-rollups-h">{t('reports.rollups')}</h2>
                <ReportTable rows={rollups} testId="report-rollups" />
              </section>
            )}
            <ReportCharts rows={agents} period={period} />
          </>
        )
      ) : (
        <QueryStatus error={report.error} onRetry={() => void report.refetch()} />
      )}
    </div>
  )
}
