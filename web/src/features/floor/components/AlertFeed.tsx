import { useEffect, useRef, useState, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Alert } from '@/lib/contract'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { useServerText } from '@/lib/server-text'

const flashMs = 6000

/** Open alerts, newest first; a critical alert that arrives while the board is up flashes for a few seconds. */
export function AlertFeed({ alerts }: { alerts: readonly Alert[] }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const seen = useRef<Set<string> | null>(null)
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set())

  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(alerts.map((a) => a.alertId))
      return undefined
    }
    const known = seen.current
    const fresh = alerts.filter((a) => !known.has(a.alertId))
    fresh.forEach((a) => known.add(a.alertId))
    const critical = fresh.filter((a) => a.severity === 'critical').map((a) => a.alertId)
    if (critical.length === 0) {
      return undefined
    }
    setFlashing((prev) => new Set([...prev, ...critical]))
    const timer = setTimeout(() => {
      setFlashing((prev) => new Set([...prev].filter((id) => !critical.includes(id))))
    }, flashMs)
    return () => {
      clearTimeout(timer)
    }
  }, [alerts])

  return (
    <section className="panel feed-panel" aria-labelledby="feed-h">
      <h2 id="feed-h">
        {t('floor.feed')} <span className="muted">({alerts.length})</span>
      </h2>
      {alerts.length === 0 ? (
        <p className="muted">{t('floor.noAlerts')}</p>
      ) : (
        <ol className="feed" aria-live="polite" aria-relevant="additions">
          {alerts.slice(0, 50).map((alert) => (
            <li
              key={alert.alertId}
              className={`feed-item sev-border-${alert.severity} ${flashing.has(alert.alertId) ? 'flash' : ''}`}
              data-testid="feed-item"
              data-kind={alert.kind}
            >
              <div className="feed-head">
                <SeverityBadge severity={alert.severity} />
                <strong>{t(`alertKind.${alert.kind}`, alert.kind)}</strong>
                <Timestamp iso={alert.raisedAt} compact />
              </div>
              <p className="feed-message">{text(alert.messageKey, alert.args, alert.message)}</p>
              {alert.conversationId && (
                <Link to={`/conversations/${encodeURIComponent(alert.conversationId)}`}>{t('alerts.conversation', { id: alert.conversationId })}</Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
