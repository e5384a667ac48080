import { useId, useState, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isEscalation } from '@/lib/alerts'
import type { Alert } from '@/lib/contract'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { useAlertAction, type AlertVerb } from '../api/alert-actions'
import { useServerText } from '@/lib/server-text'

export function AlertCard({ alert }: { alert: Alert }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const [verb, setVerb] = useState<AlertVerb | null>(null)
  const [note, setNote] = useState('')
  const action = useAlertAction()
  const noteId = useId()
  const escalated = isEscalation(alert)

  const submit = (): void => {
    if (!verb) {
      return
    }
    action.mutate(
      { alertId: alert.alertId, verb, note },
      {
        onSuccess: () => {
          setVerb(null)
          setNote('')
        },
      },
    )
  }

  return (
    <li className={`alert-card sev-border-${alert.severity} ${escalated ? 'escalated' : ''}`} data-testid="alert-card" data-alert-id={alert.alertId} data-kind={alert.kind}>
      <div className="alert-head">
        <SeverityBadge severity={alert.severity} />
        {escalated && <span className="badge escalation-badge">⇡ {t('alerts.escalated')}</span>}
        <strong>{t(`alertKind.${alert.kind}`, alert.kind)}</strong>
        <span className="muted">{t('alerts.raised')}:</span> <Timestamp iso={alert.raisedAt} />
      </div>
      <p className="alert-message">{text(alert.messageKey, alert.args, alert.message)}</p>
      {alert.evidence && (
        <p className="alert-evidence">
          <span className="muted">{t('conversation.evidence')}:</span> <mark className="evidence">{text(alert.evidenceKey, alert.evidenceArgs, alert.evidence)}</mark>
        </p>
      )}
      <p className="alert-links">
        {alert.conversationId && <Link to={`/conversations/${encodeURIComponent(alert.conversationId)}`}>{t('alerts.conversation', { id: alert.conversationId })}</Link>}
        {alert.agentId && <Link to={`/agents/${encodeURIComponent(alert.agentId)}`}>{t('alerts.agent', { id: alert.agentId })}</Link>}
        {alert.customerId && <span>{t('alerts.customer', { id: alert.customerId })}</span>}
        <span className="muted">
          {alert.storeId}
          {alert.teamId ? ` · ${alert.teamId}` : ''}
        </span>
      </p>
      {alert.acknowledgedAt && (
        <p className="muted">
          {t('alerts.acknowledgedBy', { by: alert.acknowledgedBy ?? '?' })} <Timestamp iso={alert.acknowledgedAt} />
        </p>
      )}
      {alert.resolvedAt && (
        <p className="muted">
          {t('alerts.resolvedBy', { by: alert.resolvedBy ?? '?' })} <Timestamp iso={alert.resolvedAt} />
        </p>
      )}
      {alert.history && alert.history.some((h) => h.note) && (
        <details>
          <summary>{t('alerts.history')}</summary>
          <ul className="history">
            {alert.history.map((h) => (
              <li key={`${h.at}-${h.action}`}>
                <Timestamp iso={h.at} compact /> {h.action} {h.by ?? ''} {h.note ? `— ${h.note}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {alert.status !== 'resolved' && verb === null && (
        <div className="alert-actions">
          {alert.status === 'open' && (
            <button
              type="button"
              onClick={() => {
                setVerb('ack')
              }}
            >
              {t('alerts.ack')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setVerb('resolve')
            }}
          >
            {t('alerts.resolve')}
          </button>
        </div>
      )}
      {verb !== null && (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <label htmlFor={noteId}>{t('alerts.note')}</label>
          <textarea
            id={noteId}
            value={note}
            rows={2}
            autoFocus
            onChange={(e) => {
              setNote(e.target.value)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setVerb(null)
              }
            }}
          />
          <div className="alert-actions">
            <button type="submit" className="primary" disabled={action.isPending}>
              {t('alerts.confirm')}: {t(verb === 'ack' ? 'alerts.ack' : 'alerts.resolve')}
            </button>
            <button
              type="button"
              onClick={() => {
                setVerb(null)
              }}
            >
              {t('alerts.cancel')}
            </button>
          </div>
          {action.error && (
            <p role="alert" className="error">
              {t('alerts.actionFailed', { message: action.error.message })}
            </p>
          )}
        </form>
      )}
    </li>
  )
}
