import { useQuery } from '@tanstack/react-query'
import { useRef, type JSX, type KeyboardEvent } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { StoreTeamFilter } from '@/lib/components/StoreTeamFilter'
import { alertKinds, type AlertStatus } from '@/lib/contract'
import { useSearchFilter } from '@/lib/use-search-filter'
import { alertsQueryOptions } from '../api/get-alerts'
import { useAlertsLive } from '../hooks/use-alerts-live'
import { AlertCard } from './AlertCard'

const tabs: AlertStatus[] = ['open', 'acknowledged', 'resolved']

export function AlertConsolePage({ withOncall }: { withOncall: boolean }): JSX.Element {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [filter, setFilter] = useSearchFilter()
  const status = (tabs as string[]).includes(params.get('status') ?? '') ? (params.get('status') as AlertStatus) : 'open'
  const kind = params.get('kind')
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])
  useAlertsLive(withOncall)
  const alerts = useQuery(alertsQueryOptions({ status, kind, storeId: filter.storeId, teamId: filter.teamId }))

  const setParam = (key: string, value: string | null): void => {
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev)
        if (value) {
          copy.set(key, value)
        } else {
          copy.delete(key)
        }
        return copy
      },
      { replace: true },
    )
  }

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (delta === 0) {
      return
    }
    e.preventDefault()
    const next = (index + delta + tabs.length) % tabs.length
    setParam('status', tabs[next] ?? 'open')
    tabRefs.current[next]?.focus()
  }

  return (
    <div className="console">
      <div className="toolbar">
        <h1>{t('alerts.title')}</h1>
        <StoreTeamFilter value={filter} onChange={setFilter} />
        <label>
          {t('alerts.kind')}
          <select
            value={kind ?? ''}
            onChange={(e) => {
              setParam('kind', e.target.value || null)
            }}
          >
            <option value="">{t('alerts.allKinds')}</option>
            {alertKinds.map((k) => (
              <option key={k} value={k}>
                {t(`alertKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="tablist" aria-label={t('alerts.title')} className="tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === status}
            aria-controls="alerts-panel"
            tabIndex={tab === status ? 0 : -1}
            data-testid={`tab-${tab}`}
            onClick={() => {
              setParam('status', tab)
            }}
            onKeyDown={(e) => {
              onTabKey(e, index)
            }}
          >
            {t(`alerts.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="alerts-panel" aria-labelledby={`tab-${status}`}>
        {alerts.data ? (
          alerts.data.length === 0 ? (
            <p className="muted">{t('alerts.none')}</p>
          ) : (
            <ul className="alert-list">
              {alerts.data.map((alert) => (
                <AlertCard key={alert.alertId} alert={alert} />
              ))}
            </ul>
          )
        ) : (
          <QueryStatus error={alerts.error} onRetry={() => void alerts.refetch()} />
        )}
      </div>
    </div>
  )
}
