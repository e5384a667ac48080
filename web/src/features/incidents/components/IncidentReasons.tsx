import type { JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { severityRank } from '@/lib/alerts'
import type { Alert } from '@/lib/contract'
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
        <li key={alert.alertId} className={`reason ${alert.status === 'resolved' ? 'reason-resolved' : ''}`} data-testid="incident-reason" data-kind={alert.kind}>
          <strong className={`sev-text-${alert.severity}`}>{t(`alertKind.${alert.kind}`, alert.kind)}</strong>
          <span className="reason-message">{text(alert.messageKey, alert.args, alert.message)}</span>
          {alert.evidence &&
            (alert.conversationId ? (
              <Link to={`/conversations/${encodeURIComponent(alert.conversationId)}`} title={t('incidents.evidenceLink')} className="reason-evidence">
                <mark className="evidence">{text(alert.evidenceKey, alert.evidenceArgs, alert.evidence)}</mark>
              </Link>
            ) : (
              <mark className="evidence reason-evidence">{text(alert.evidenceKey, alert.evidenceArgs, alert.evidence)}</mark>
            ))}
          <span className="muted reason-time">
            <Timestamp iso={alert.raisedAt} compact />
            {alert.status !== 'open' && (
              <>
                {' · '}
                {alert.status === 'resolved'
                  ? alert.resolvedBy === 'system'
                    ? t('incidents.resolvedBySystem', { reason: t(`incidents.resolvedReason.${alert.resolvedReason ?? 'other'}`, alert.resolvedReason ?? '') })
                    : t('alerts.resolvedBy', { by: alert.resolvedBy ?? '?' })
                  : t('alerts.acknowledgedBy', { by: alert.acknowledgedBy ?? '?' })}
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  )
}
