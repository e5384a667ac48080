import { useQuery } from '@tanstack/react-query'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { StoreTeamFilter } from '@/lib/components/StoreTeamFilter'
import { isoDate } from '@/lib/format'
import { useSearchFilter } from '@/lib/use-search-filter'
import { agentReportQueryOptions, downloadReportCsv } from '../api/get-report'
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

  return (
    <div className="reports">
      <div className="toolbar">
        <h1>{t('reports.title')}</h1>
        <label>
          {t('reports.from')}
          <input
            type="date"
            value={from}
            max={to}
            onChange={(e) => {
              setFrom(e.target.value)
            }}
          />
        </label>
        <label>
          {t('reports.to')}
          <input
            type="date"
            value={to}
            min={from}
            onChange={(e) => {
              setTo(e.target.value)
            }}
          />
        </label>
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
        report.data.length === 0 ? (
          <p className="muted">{t('reports.empty')}</p>
        ) : (
          <>
            <ReportTable rows={report.data} />
            <ReportCharts rows={report.data} period={period} />
          </>
        )
      ) : (
        <QueryStatus error={report.error} onRetry={() => void report.refetch()} />
      )}
    </div>
  )
}
