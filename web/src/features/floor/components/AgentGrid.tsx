import { memo, useMemo, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { AgentTile } from '@/lib/contract'
import { formatDuration } from '@/lib/format'
import { byTrouble, troubleOf, type AgentTrouble } from '../api/agent-trouble'

function AgentCard({ agent, trouble }: { agent: AgentTile; trouble: AgentTrouble }): JSX.Element {
  const { t } = useTranslation()
  const tone = trouble.breaching || agent.longestWaitSeconds >= 60 ? 'tone-bad' : agent.longestWaitSeconds >= 30 || trouble.openIncidents > 0 ? 'tone-warn' : ''
  return (
    <li className={`agent ${tone} status-${agent.status}`} data-testid="agent-tile" data-agent-id={agent.agentId} data-open-incidents={trouble.openIncidents}>
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
        <dt>{t('floor.agent.openIncidents')}</dt>
        <dd>{trouble.openIncidents}</dd>
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
    a.trouble.breaching === b.trouble.breaching &&
    a.trouble.openIncidents === b.trouble.openIncidents,
)

function AgentGridPanel({ agents, trouble }: { agents: readonly AgentTile[]; trouble: ReadonlyMap<string, AgentTrouble> }): JSX.Element {
  const { t } = useTranslation()
  const sorted = useMemo(() => [...agents].sort(byTrouble(trouble)), [agents, trouble])
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
            <MemoAgentCard key={agent.agentId} agent={agent} trouble={troubleOf(trouble, agent.agentId)} />
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The wallboard's agent grid, most trouble first. It re-renders on a new snapshot or a changed trouble map;
 * the tiles themselves only when their shown fields change.
 */
export const AgentGrid = memo(AgentGridPanel)
