import { useQuery } from '@tanstack/react-query'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConversionFigures, PlatformRate } from '@/lib/contract'
import { formatNumber, formatPercent } from '@/lib/format'
import { useLabel } from '@/lib/labels'
import type { FloorFilter } from '../api/get-floor'
import { platformRatesQueryOptions, todayReportQueryOptions } from '../api/get-sales-today'

function conversionOf(row: Record<string, unknown> | null | undefined): ConversionFigures | null {
  const value = row?.conversion
  return value && typeof value === 'object' ? (value as ConversionFigures) : null
}

function rateTone(rate: PlatformRate): string {
  const pct = rate.today.ratePct
  return pct === null || pct === undefined ? '' : pct < rate.target ? 'tone-bad' : pct < rate.warnBelowPct ? 'tone-warn' : 'tone-ok'
}

/** Today's 询单转化率, 客单价 per store currency, and each platform rule's live rate against its target. */
export function SalesTiles({ filter }: { filter: FloorFilter }): JSX.Element | null {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const locale = i18n.resolvedLanguage
  const report = useQuery(todayReportQueryOptions(filter))
  const platforms = useQuery(platformRatesQueryOptions(filter.storeId))
  const scoped = filter.teamId ? report.data?.teams.find((r) => r.teamId === filter.teamId) : report.data?.total
  const total = conversionOf(scoped)
  const stores = (report.data?.stores ?? []).flatMap((row) => {
    const figures = conversionOf(row)
    return figures && typeof figures.salesPerCustomer === 'number' ? [{ storeId: String(row.storeId), figures }] : []
  })
  const rates = (platforms.data ?? []).flatMap((store) =>
    store.metrics.filter((m) => m.today.met + m.today.missed + m.today.pending > 0).map((m) => ({ storeId: store.storeId, rate: m })),
  )
  if (!total && rates.length === 0) {
    return null
  }

  return (
    <section className="kpis kpis-compact" aria-label={t('floor.sales.title')}>
      {total && (
        <div className="kpi" data-testid="kpi-conversion">
          <h3>{t('floor.sales.conversion')}</h3>
          <p className="kpi-value">{formatPercent(total.inquiryConversionPct)}</p>
          <p className="kpi-sub">{t('floor.sales.conversionSub', { paying: total.payingCustomers, inquiring: total.inquiringCustomers })}</p>
        </div>
      )}
      {total && (
        <div className="kpi" data-testid="kpi-sales-per-customer">
          <h3>{t('floor.sales.perCustomer')}</h3>
          <p className={stores.length > 1 ? 'kpi-value kpi-value-list' : 'kpi-value'}>
            {stores.length === 0 ? '–' : stores.map((s) => `${formatNumber(s.figures.salesPerCustomer, 2, locale)} ${s.figures.currency ?? ''}`).join(' · ')}
          </p>
          <p className="kpi-sub">
            {t('floor.sales.salesSub', {
              sales: stores.map((s) => `${formatNumber(s.figures.sales, 2, locale)} ${s.figures.currency ?? ''}`).join(' · ') || '–',
            })}
          </p>
        </div>
      )}
      {rates.map(({ storeId, rate }) => (
        <div key={`${storeId}:${rate.platform}:${rate.name}`} className={`kpi ${rateTone(rate)}`} data-testid="kpi-platform-rate">
          <h3>
            {label('platform', rate.platform)} {rate.name}
          </h3>
          <p className="kpi-value">{formatPercent(rate.today.ratePct)}</p>
          <p className="kpi-sub">
            {t('floor.sales.rateSub', { target: rate.target, missed: rate.today.missed, last30: formatPercent(rate.last30Days.ratePct), store: storeId })}
          </p>
        </div>
      ))}
    </section>
  )
}
