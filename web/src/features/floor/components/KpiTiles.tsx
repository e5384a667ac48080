import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { FloorKpis, Severity } from '@/lib/contract'
import { formatDuration, formatNumber, formatPercent } from '@/lib/format'

function slaTone(percent: number | null): string {
  if (percent === null) {
    return ''
  }
  return percent >= 90 ? 'tone-ok' : percent >= 75 ? 'tone-warn' : 'tone-bad'
}

export interface OpenIncidentCount {
  total: number
  bySeverity: Partial<Record<Severity, number>>
}

/** `incidents` is the feed's own count, so tile and feed always say the same; the snapshot's until it loads. */
export function KpiTiles({ kpis, incidents }: { kpis: FloorKpis; incidents: OpenIncidentCount | null }): JSX.Element {
  const { t } = useTranslation()
  const bySeverity = incidents?.bySeverity ?? kpis.openIncidentsBySeverity ?? {}
  const critical = bySeverity.critical ?? 0
  const warning = bySeverity.warning ?? 0
  const info = bySeverity.info ?? 0
  const total = incidents?.total ?? critical + warning + info
  return (
    <section className="kpis" aria-label="KPI">
      <div className="kpi" data-testid="kpi-waiting">
        <h3>{t('floor.kpi.waiting')}</h3>
        <p className="kpi-value">{kpis.waiting}</p>
        <p className="kpi-sub">
          {t('floor.kpi.open')}: {kpis.openConversations}
        </p>
      </div>
      <div className={`kpi ${kpis.longestWaitSeconds >= 60 ? 'tone-bad' : kpis.longestWaitSeconds >= 30 ? 'tone-warn' : ''}`} data-testid="kpi-longest">
        <h3>{t('floor.kpi.longestWait')}</h3>
        <p className="kpi-value">{formatDuration(kpis.longestWaitSeconds)}</p>
      </div>
      <div className={`kpi ${slaTone(kpis.slaAttainmentPercent)}`} data-testid="kpi-sla">
        <h3>{t('floor.kpi.sla')}</h3>
        <p className="kpi-value">{formatPercent(kpis.slaAttainmentPercent)}</p>
      </div>
      <div className={`kpi ${critical > 0 ? 'tone-bad' : ''}`} data-testid="kpi-alerts">
        <h3>{t('floor.kpi.openIncidents')}</h3>
        <p className="kpi-value">{total}</p>
        <p className="kpi-sub">
          <span className="sev-text-critical">
            {t('severity.critical')} {critical}
          </span>{' '}
          · <span className="sev-text-warning">{t('severity.warning')} {warning}</span> · {t('severity.info')} {info}
        </p>
      </div>
      <div className="kpi" data-testid="kpi-csat">
        <h3>{t('floor.kpi.csat')}</h3>
        <p className="kpi-value">{formatNumber(kpis.csatToday, 2)}</p>
        <p className="kpi-sub">{t('floor.kpi.today', { conversations: kpis.conversationsToday, messages: kpis.messagesToday })}</p>
      </div>
    </section>
  )
}
