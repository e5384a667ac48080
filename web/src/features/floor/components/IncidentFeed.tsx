import { useEffect, useRef, useState, type JSX } from 'react'
import { Link } from 'react-router'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Incident } from '@/lib/contract'
import type { IncidentPage } from '@/lib/incidents'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { useServerText } from '@/lib/server-text'

const flashMs = 6000
const shown = 50

function subjectLink(incident: Incident, t: TFunction): JSX.Element {
  const { conversationId, customerId } = incident.subject
  return conversationId ? (
    <Link to={`/conversations/${encodeURIComponent(conversationId)}`}>{t('alerts.conversation', { id: conversationId })}</Link>
  ) : (
    <span>{t('alerts.customer', { id: customerId ?? '?' })}</span>
  )
}

/**
 * Open incidents in triage order (one per conversation or customer; its count is the tile's); an incident that
 * turns critical while the board is up flashes for a few seconds.
 */
export function IncidentFeed({ page }: { page: IncidentPage }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const seen = useRef<Set<string> | null>(null)
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set())

  useEffect(() => {
    const critical = page.items.filter((i) => i.severity === 'critical').map((i) => i.incidentId)
    if (seen.current === null) {
      seen.current = new Set(critical)
      return undefined
    }
    const known = seen.current
    const fresh = critical.filter((id) => !known.has(id))
    fresh.forEach((id) => known.add(id))
    if (fresh.length === 0) {
      return undefined
    }
    setFlashing((prev) => new Set([...prev, ...fresh]))
    const timer = setTimeout(() => {
      setFlashing((prev) => new Set([...prev].filter((id) => !fresh.includes(id))))
    }, flashMs)
    return () => {
      clearTimeout(timer)
    }
  }, [page.items])

  return (
    <section className="panel feed-panel" aria-labelledby="feed-h">
      <h2 id="feed-h">
        {t('floor.incidentFeed')}{' '}
        <span className="muted" data-testid="feed-count">
          ({page.total})
        </span>
      </h2>
      {page.items.length === 0 ? (
        <p className="muted">{t('floor.noIncidents')}</p>
      ) : (
        <ol className="feed" aria-live="polite" aria-relevant="additions">
          {page.items.slice(0, shown).map((incident) => (
            <li
              key={incident.incidentId}
              className={`feed-item sev-border-${incident.severity} ${flashing.has(incident.incidentId) ? 'flash' : ''}`}
              data-testid="feed-item"
              data-incident-id={incident.incidentId}
            >
              <div className="feed-head">
                <SeverityBadge severity={incident.severity} />
                {incident.escalated && <span className="badge escalation-badge">⇡ {incident.escalationLevel}</span>}
                {subjectLink(incident, t)}
                <span className="muted">{incident.agentId ?? ''}</span>
                <Timestamp iso={incident.openedAt} compact />
              </div>
              <p className="feed-message">{text(incident.summaryKey, incident.summaryArgs, incident.summary)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
