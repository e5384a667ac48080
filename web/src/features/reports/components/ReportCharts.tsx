import { useQueries, useQuery } from '@tanstack/react-query'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ReportRow } from '@/lib/contract'
import { agentReportQueryOptions, periodAlertsQueryOptions, type ReportPeriod } from '../api/get-report'
import { columnsOf, countByKind, daysBetween, flattenRow, isNumericColumn, labelColumn, meanOf, trendColumns } from '../api/table'
import { useLabel } from '@/lib/labels'

const palette = ['#2f7fd8', '#d9822b', '#2e9e6a', '#b65fc4']
const axis = { fill: 'var(--muted)', fontSize: 12 }

export function ReportCharts({ rows, period }: { rows: readonly ReportRow[]; period: ReportPeriod }): JSX.Element {
  const { t } = useTranslation()
  const columnLabel = useLabel()
  const numeric = columnsOf(rows).filter((c) => isNumericColumn(rows, c))
  const categoryColumn = labelColumn(rows)
  const [metric, setMetric] = useState<string | null>(null)
  const shown = metric !== null && numeric.includes(metric) ? metric : (trendColumns(rows)[1] ?? numeric[0] ?? null)

  const days = daysBetween(period.from, period.to, 31)
  const daily = useQueries({ queries: days.map((day) => agentReportQueryOptions({ ...period, from: day, to: day })) })
  const trend = trendColumns(rows)
  const trendData = days.map((day, i) => {
    // The day's overall rollup when the server sends one, else the mean over its agent rows.
    const dayReport = daily[i]?.data
    const dayRows = dayReport?.total ? [flattenRow(dayReport.total)] : (dayReport?.agents ?? []).map((row) => flattenRow(row))
    const point: Record<string, string | number | null> = { day: day.slice(5) }
    for (const column of trend) {
      const mean = meanOf(dayRows, column)
      point[column] = mean === null ? null : Math.round(mean * 10) / 10
    }
    return point
  })

  const alerts = useQuery(periodAlertsQueryOptions(period))
  const kinds = countByKind(alerts.data ?? [], period.from, period.to).map((k) => ({ ...k, label: t(`alertKind.${k.kind}`, k.kind) }))

  return (
    <div className="charts">
      {shown && categoryColumn && (
        <section className="panel chart" aria-labelledby="chart-agent-h">
          <h2 id="chart-agent-h">{t('reports.byAgent', { metric: columnLabel('column', shown) })}</h2>
          <label>
            {t('reports.metric')}{' '}
            <select
              value={shown}
              onChange={(e) => {
                setMetric(e.target.value)
              }}
            >
              {numeric.map((c) => (
                <option key={c} value={c}>
                  {columnLabel('column', c)}
                </option>
              ))}
            </select>
          </label>
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={[...rows]}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey={categoryColumn} tick={axis} />
              <YAxis tick={axis} />
              <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
              <Bar dataKey={shown} name={columnLabel('column', shown)} fill={palette[0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </section>
      )}
      <section className="panel chart" aria-labelledby="chart-trend-h">
        <h2 id="chart-trend-h">{t('reports.trend')}</h2>
        {trend.length === 0 ? (
          <p className="muted">{t('reports.noTrend')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={trendData}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis dataKey="day" tick={axis} />
              <YAxis tick={axis} domain={[0, 100]} />
              <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
              <Legend />
              {trend.map((column, i) => (
                <Line key={column} type="monotone" dataKey={column} name={columnLabel('column', column)} stroke={palette[(i + 1) % palette.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </section>
      <section className="panel chart" aria-labelledby="chart-kinds-h">
        <h2 id="chart-kinds-h">{t('reports.alertKinds')}</h2>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={kinds} layout="vertical" margin={{ left: 40 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis type="number" tick={axis} allowDecimals={false} />
            <YAxis type="category" dataKey="label" tick={axis} width={120} />
            <Tooltip contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
            <Bar dataKey="count" name={t('reports.count')} fill={palette[1]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
    </div>
  )
}
