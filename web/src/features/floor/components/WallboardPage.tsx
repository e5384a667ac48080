import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { StoreTeamFilter } from '@/lib/components/StoreTeamFilter'
import { formatTime } from '@/lib/format'
import { countIncidentsBySeverity } from '@/lib/incidents'
import { incidentsQueryOptions } from '@/lib/incidents-query'
import { useSearchFilter } from '@/lib/use-search-filter'
import { floorQueryOptions } from '../api/get-floor'
import { playCriticalChime } from '../hooks/critical-sound'
import { useFloorLive } from '../hooks/use-floor-live'
import { AgentGrid } from './AgentGrid'
import { troubleByAgent } from '../api/agent-trouble'
import { IncidentFeed } from './IncidentFeed'
import { KpiTiles } from './KpiTiles'
import { RiskConversations } from './RiskConversations'
import { SalesTiles } from './SalesTiles'

export function WallboardPage(): JSX.Element {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useSearchFilter()
  const [sound, setSound] = useState(() => localStorage.getItem('realtime.sound') === 'on')
  const onCritical = useCallback(() => {
    if (sound) {
      playCriticalChime()
    }
  }, [sound])
  useFloorLive(filter, onCritical)
  const floor = useQuery(floorQueryOptions(filter))
  const incidents = useQuery(incidentsQueryOptions({ status: 'open', storeId: filter.storeId, teamId: filter.teamId }))
  const openCount = useMemo(
    () => (incidents.data ? { total: incidents.data.total, bySeverity: countIncidentsBySeverity(incidents.data.items) } : null),
    [incidents.data],
  )
  const risks = floor.data?.riskConversations
  const trouble = useMemo(() => troubleByAgent(incidents.data?.items ?? [], risks ?? []), [incidents.data, risks])

  return (
    <div className="wallboard">
      <div className="toolbar">
        <h1>{t('floor.title')}</h1>
        <StoreTeamFilter value={filter} onChange={setFilter} />
        <label className="toggle">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked)
              localStorage.setItem('realtime.sound', e.target.checked ? 'on' : 'off')
            }}
          />
          {t('floor.sound')}
        </label>
        {floor.data && (
          <span className="muted" data-testid="floor-updated">
            {t('floor.updated', { time: formatTime(floor.data.at, i18n.resolvedLanguage ?? 'en') })}
          </span>
        )}
      </div>
      {floor.data ? (
        <>
          <KpiTiles kpis={floor.data.kpis} incidents={openCount} />
          <SalesTiles filter={filter} />
          <div className="wall-columns">
            <AgentGrid agents={floor.data.agents} trouble={trouble} />
            <div className="wall-side">
              <RiskConversations items={floor.data.riskConversations} />
              {incidents.data ? <IncidentFeed page={incidents.data} /> : <QueryStatus error={incidents.error} onRetry={() => void incidents.refetch()} />}
            </div>
          </div>
        </>
      ) : (
        <QueryStatus error={floor.error} onRetry={() => void floor.refetch()} />
      )}
    </div>
  )
}
