import { useState, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Incident } from '@/lib/contract'
import { escalatedAt } from '@/lib/incidents'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { useServerText } from '@/lib/server-text'
import type { IncidentVerb } from '../api/incident-actions'
import { draftFromIncident } from '../api/silence-form'
import { IncidentNoteForm } from './IncidentNoteForm'
import { IncidentReasons } from './IncidentReasons'
import { SilenceForm } from './SilenceForm'

interface IncidentCardProps {
  incident: Incident
  selected: boolean
  onSelect: ((selected: boolean) => void) | null
  /** Supervisors and admins may silence what the card shows. */
  canSilence: boolean
}

function lastBy(incident: Incident, action: string): { by: string | null; at: string; note: string | null } | null {
  return incident.history.filter((h) => h.action === action).at(-1) ?? null
}

/** One problem: its summary, its reasons, escalation as a badge, acknowledge / resolve with a note. */
export function IncidentCard({ incident, selected, onSelect, canSilence }: IncidentCardProps): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const [verb, setVerb] = useState<IncidentVerb | null>(null)
  const [silencing, setSilencing] = useState(false)
  const escalationTime = escalatedAt(incident)
  const acked = incident.status === 'acknowledged' ? lastBy(incident, 'acknowledged') : null
  const resolved = incident.status === 'resolved' ? lastBy(incident, 'resolved') : null
  const { conversationId, customerId } = incident.subject
  const openReasons = incident.alerts.filter((a) => a.status !== 'resolved').length

  const active = incident.status !== 'resolved'
  const actions =
    (active || canSilence) && verb === null && !silencing ? (
      <span className="card-actions">
        {incident.status === 'open' && (
          <button
            type="button"
            onClick={() => {
              setVerb('ack')
            }}
          >
            {t('alerts.ack')}
          </button>
        )}
        {active && (
          <button
            type="button"
            onClick={() => {
              setVerb('resolve')
            }}
          >
            {t('alerts.resolve')}
          </button>
        )}
        {canSilence && (
          <button
            type="button"
            data-testid="incident-silence"
            onClick={() => {
              setSilencing(true)
            }}
          >
            {t('incidents.silence.action')}
          </button>
        )}
      </span>
    ) : null

  return (
    <li
      className={`alert-card incident-card sev-border-${incident.severity} ${incident.escalated ? 'escalated' : ''} ${selected ? 'selected' : ''}`}
      data-testid="incident-card"
      data-incident-id={incident.incidentId}
      data-status={incident.status}
    >
      <div className="alert-head">
        {onSelect && (
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('incidents.select', { id: conversationId ?? customerId ?? incident.incidentId })}
            data-testid="incident-select"
            onChange={(e) => {
              onSelect(e.target.checked)
            }}
          />
        )}
        <SeverityBadge severity={incident.severity} />
        {incident.escalated && escalationTime && (
          <span className="badge escalation-badge" data-testid="escalation-badge">
            ⇡ {t('incidents.escalatedLevel', { level: incident.escalationLevel })} · <Timestamp iso={escalationTime} compact />
          </span>
        )}
        {conversationId ? (
          <Link to={`/conversations/${encodeURIComponent(conversationId)}`}>{t('alerts.conversation', { id: conversationId })}</Link>
        ) : (
          <strong>{t('alerts.customer', { id: customerId ?? '?' })}</strong>
        )}
        {incident.agentId && <Link to={`/agents/${encodeURIComponent(incident.agentId)}`}>{t('alerts.agent', { id: incident.agentId })}</Link>}
        <span className="muted">
          {incident.storeId}
          {incident.teamId ? ` · ${incident.teamId}` : ''}
        </span>
        <span className="incident-age">
          {t('incidents.opened')} <Timestamp iso={incident.openedAt} compact />
        </span>
        {actions}
      </div>
      {/* With one reason the summary would say the same as the reason line. */}
      {incident.alerts.length > 1 && <p className="incident-summary">{text(incident.summaryKey, incident.summaryArgs, incident.summary)}</p>}
      {incident.status === 'resolved' ? (
        <details>
          <summary>{t('incidents.reasonCount', { count: incident.alerts.length, open: openReasons })}</summary>
          <IncidentReasons alerts={incident.alerts} />
        </details>
      ) : (
        <IncidentReasons alerts={incident.alerts} />
      )}
      {acked && (
        <p className="muted">
          {t('alerts.acknowledgedBy', { by: acked.by ?? '?' })} <Timestamp iso={acked.at} compact />
          {acked.note ? ` — ${acked.note}` : ''}
        </p>
      )}
      {resolved && (
        <p className="muted">
          {t('alerts.resolvedBy', { by: resolved.by ?? t('incidents.system') })} <Timestamp iso={resolved.at} compact />
          {resolved.note ? ` — ${resolved.note}` : ''}
        </p>
      )}
      {verb !== null && (
        <IncidentNoteForm
          incidentIds={[incident.incidentId]}
          verb={verb}
          onDone={() => {
            setVerb(null)
          }}
        />
      )}
      {silencing && (
        <SilenceForm
          initial={draftFromIncident(incident)}
          onDone={() => {
            setSilencing(false)
          }}
        />
      )}
    </li>
  )
}
