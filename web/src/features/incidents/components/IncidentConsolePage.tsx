import { useQuery } from '@tanstack/react-query'
import { useRef, type JSX, type KeyboardEvent } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { StoreTeamFilter } from '@/lib/components/StoreTeamFilter'
import type { AlertStatus } from '@/lib/contract'
import { useSearchFilter } from '@/lib/use-search-filter'
import { incidentsQueryOptions } from '@/lib/incidents-query'
import { incidentCountsQueryOptions } from '../api/get-incidents'
import { silencesQueryOptions } from '../api/silences'
import { useIncidentsLive } from '../hooks/use-incidents-live'
import { IncidentList } from './IncidentList'
import { SilenceList } from './SilenceList'

type Tab = AlertStatus | 'silenced'
const tabs: Tab[] = ['open', 'acknowledged', 'resolved', 'silenced']

/** The on-call console: one card per incident, tabs with counts, live from the hubs; supervisors may silence. */
export function IncidentConsolePage({ withOncall, canSilence }: { withOncall: boolean; canSilence: boolean }): JSX.Element {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [filter, setFilter] = useSearchFilter()
  const tab = (tabs as string[]).includes(params.get('status') ?? '') ? (params.get('status') as Tab) : 'open'
  const status = tab === 'silenced' ? null : tab
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])
  useIncidentsLive(withOncall)
  const incidents = useQuery({ ...incidentsQueryOptions({ status, storeId: filter.storeId, teamId: filter.teamId }), enabled: status !== null })
  const counts = useQuery(incidentCountsQueryOptions(filter.storeId, filter.teamId))
  const silences = useQuery(silencesQueryOptions())

  const setTab = (next: Tab): void => {
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev)
        copy.set('status', next)
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
    setTab(tabs[next] ?? 'open')
    tabRefs.current[next]?.focus()
  }

  // The shown tab's own list is patched live, so its count is exact; the others refresh every few seconds.
  const countOf = (which: Tab): number | null => {
    if (which === 'silenced') {
      return silences.data?.length ?? null
    }
    if (which === status && incidents.data) {
      return incidents.data.total
    }
    return counts.data?.[which] ?? null
  }

  return (
    <div className="console">
      <div className="toolbar">
        <h1>{t('incidents.title')}</h1>
        <StoreTeamFilter value={filter} onChange={setFilter} />
      </div>
      <div role="tablist" aria-label={t('incidents.title')} className="tabs">
        {tabs.map((which, index) => {
          const count = countOf(which)
          return (
            <button
              key={which}
              ref={(el) => {
                tabRefs.current[index] = el
              }}
              type="button"
              role="tab"
              id={`tab-${which}`}
              aria-selected={which === tab}
              aria-controls="incidents-panel"
              tabIndex={which === tab ? 0 : -1}
              data-testid={`tab-${which}`}
              onClick={() => {
                setTab(which)
              }}
              onKeyDown={(e) => {
                onTabKey(e, index)
              }}
            >
              {t(`incidents.tabs.${which}`)}
              {count !== null && (
                <span className={`tab-count ${which === 'open' && count > 0 ? 'tab-count-hot' : ''}`} data-testid={`tab-count-${which}`}>
                  {count}
                </span>
              )}
            </button>
          )
        })}
      </div>
      <div role="tabpanel" id="incidents-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'silenced' ? (
          <SilenceList query={silences} canSilence={canSilence} />
        ) : incidents.data ? (
          <IncidentList key={`${tab}-${filter.storeId ?? ''}-${filter.teamId ?? ''}`} page={incidents.data} bulk={tab === 'open'} canSilence={canSilence} />
        ) : (
          <QueryStatus error={incidents.error} onRetry={() => void incidents.refetch()} />
        )}
      </div>
    </div>
  )
}
