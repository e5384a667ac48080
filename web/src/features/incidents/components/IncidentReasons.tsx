import type { JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { severityRank } from '@/lib/alerts'
import type { Alert } from '@/lib/contract'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { useServerText } from '@/lib/server-text'

/** Unresolved reasons first (most severe, then newest), resolved ones after them, dimmed. */
function reasonOrder(a: Alert, b: Alert): number {
  const resolved = Number(a.status === 'resolved') - Number(b.status === 'resolved')
  return resolved || severityRank[b.severity] - severityRank[a.severity] || Date.parse(b.raisedAt) - Date.parse(a.raisedAt)
}

/** The alerts grouped into one incident: what each says, its evidence and where to look. */
export function IncidentReasons({ alerts }: { alerts: readonly Alert[] }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  return (
    <ol className="reasons" aria-label={t('incidents.reasons')}>
      {[...alerts].sort(reasonOrder).map((alert) => (
        <li key={alert.alertId} className={`reason sev-border-${alert.severity} ${alert.status === 'resolved' ? 'reason-resolved' : ''}`} data-testid="incident-reason" data-kind={alert.kind}>
          <div className="reason-head">
            <SeverityBadge severity={alert.severity} />
            <strong>{t(`alertKind.${alert.kind}`, alert.kind)}</strong>
            <Timestamp iso={alert.raisedAt} compact />
            {alert.status !== 'open' && (
              <span className="muted">
                {alert.status === 'resolved'
                  ? alert.resolvedBy === 'system'
                    ? t('incidents.resolvedBySystem', { reason: t(`incidents.resolvedReason.${alert.resolvedReason ?? 'other'}`, alert.resolvedReason ?? '') })
                    : t('alerts.resolvedBy', { by: alert.resolvedBy ?? '?' })
                  : t('alerts.acknowledgedBy', { by: alert.acknowledgedBy ?? '?' })}
              </span>
            )}
          </div>
          <p className="reason-message">{text(alert.messageKey, alert.args, alert.message)}</p>
          {alert.evidence && (
            <p className="alert-evidence">
              <span className="muted">{t('conversation.evidence')}:</span>{' '}
              {alert.conversationId ? (
                <Link to={`/conversations/${encodeURIComponent(alert.conversationId)}`} title={t('incidents.evidenceLink')}>
                  <mark className="evidence">{text(alert.evidenceKey, alert.evidenceArgs, alert.evidence)}</mark>
                </Link>
              ) : (
                <mark className="evidence">{text(alert.evidenceKey, alert.evidenceArgs, alert.evidence)}</mark>
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
