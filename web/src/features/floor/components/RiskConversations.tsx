import { memo, type JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { RiskConversation } from '@/lib/contract'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { formatDuration } from '@/lib/format'

function RiskConversationsPanel({ items }: { items: readonly RiskConversation[] }): JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="panel risk-panel" aria-labelledby="risk-h">
      <h2 id="risk-h">
        {t('floor.risk')} <span className="muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('floor.noRisk')}</p>
      ) : (
        <ul className="risk-list">
          {items.slice(0, 30).map((item) => (
            <li key={item.conversationId} className={`risk-item sev-border-${item.severity}`} data-testid="risk-item">
              <SeverityBadge severity={item.severity} />
              <Link to={`/conversations/${encodeURIComponent(item.conversationId)}`}>{item.conversationId}</Link>
              <span>{t(`alertKind.${item.reason}`, item.reason)}</span>
              <span className="muted">
                {item.agentId ?? '–'} · {t('floor.waited', { duration: formatDuration(item.waitingSeconds) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Skipped on alert pushes, which keep the snapshot's `riskConversations` array. */
export const RiskConversations = memo(RiskConversationsPanel)
