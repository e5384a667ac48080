import { memo, useMemo, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { AgentTile } from '@/lib/contract'
import { formatDuration } from '@/lib/format'

const statusOrder: Record<string, number> = { busy: 0, online: 1, away: 2, offline: 3 }
// One collator for every sort: `localeCompare` with options builds one per call (most of a 500-agent sort).
const agentIdOrder = new Intl.Collator(undefined, { numeric: true })

function AgentCard({ agent }: { agent: AgentTile }): JSX.Element {
  const { t } = useTranslation()
  const tone = agent.breachesToday > 0 || agent.longestWaitSeconds >= 60 ? 'tone-bad' : agent.longestWaitSeconds >= 30 ? 'tone-warn' : ''
  return (
    <li className={`agent ${tone} status-${agent.status}`} data-testid="agent-tile">
      <Link to={`/agents/${encodeURIComponent(agent.agentId)}`} className="agent-id">
        {agent.agentId}
      </Link>
      <span className={`status status-${agent.status}`}>{t(`status.${agent.status}`, agent.status)}</span>
      <dl>
        <dt>{t('floor.agent.load')}</dt>
        <dd>{agent.load}</dd>
        <dt>{t('floor.agent.wait')}</dt>
        <dd>{formatDuration(agent.longestWaitSeconds)}</dd>
        <dt>{t('floor.agent.breaches')}</dt>
        <dd>{agent.breachesToday}</dd>
        <dt>{t('floor.agent.alerts')}</dt>
        <dd>{agent.alertsToday}</dd>
      </dl>
    </li>
  )
}

// Every snapshot carries new objects; compare the shown fields so a 500-agent grid re-renders only changed tiles.
const MemoAgentCard = memo(
  AgentCard,
  (a, b) =>
    a.agent.agentId === b.agent.agentId &&
    a.agent.status === b.agent.status &&
    a.agent.load === b.agent.load &&
    Math.round(a.agent.longestWaitSeconds) === Math.round(b.agent.longestWaitSeconds) &&
    a.agent.breachesToday === b.agent.breachesToday &&
    a.agent.alertsToday === b.agent.alertsToday,
)

function AgentGridPanel({ agents }: { agents: readonly AgentTile[] }): JSX.Element {
  const { t } = useTranslation()
  const sorted = useMemo(
    () =>
      [...agents].sort(
        (a, b) => (statusOrder[a.status] ?? 9) - (statusOrder[b.status] ?? 9) || agentIdOrder.compare(a.agentId, b.agentId),
      ),
    [agents],
  )
  return (
    <section className="panel agents-panel" aria-labelledby="agents-h">
      <h2 id="agents-h">
        {t('floor.agents')} <span className="muted">({agents.length})</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('floor.noAgents')}</p>
      ) : (
        <ul className="agent-grid">
          {sorted.map((agent) => (
            <MemoAgentCard key={agent.agentId} agent={agent} />
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The wallboard's agent grid. Alert pushes (several a second at peak) patch the cached snapshot but keep its
 * `agents` array, so the grid is skipped entirely until the next floor snapshot.
 */
export const AgentGrid = memo(AgentGridPanel)
