import { useQuery } from '@tanstack/react-query'
import type { JSX } from 'react'
import { Link, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { conversationQueryOptions } from '../api/get-conversation'
import { conversationLanguages } from '../api/languages'
import { MessageItem } from './MessageItem'
import { ScorecardPanel } from './ScorecardPanel'
import { SlaTimeline } from './SlaTimeline'
import { useServerText } from '@/lib/server-text'
import { useLabel } from '@/lib/labels'

export function ConversationPage(): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const label = useLabel()
  const { conversationId = '' } = useParams()
  const conversation = useQuery(conversationQueryOptions(conversationId))
  const c = conversation.data
  if (!c) {
    return <QueryStatus error={conversation.error} onRetry={() => void conversation.refetch()} />
  }
  return (
    <div className="conversation">
      <h1>{t('conversation.title', { id: c.conversationId })}</h1>
      <dl className="meta">
        <dt>{t('conversation.meta.store')}</dt>
        <dd>{c.storeId}</dd>
        <dt>{t('conversation.meta.team')}</dt>
        <dd>{c.teamId ?? '–'}</dd>
        <dt>{t('conversation.meta.platform')}</dt>
        <dd>
          {label('platform', c.platform)} / {label('channel', c.channel)}
        </dd>
        <dt>{t('conversation.meta.languages')}</dt>
        <dd data-testid="conversation-languages">{conversationLanguages(c.messages).map((l) => label('language', l)).join(' · ') || '–'}</dd>
        <dt>{t('conversation.meta.customer')}</dt>
        <dd>{c.customerId ?? '–'}</dd>
        <dt>{t('conversation.meta.agent')}</dt>
        <dd>{c.agentHistory.length > 0 ? c.agentHistory.join(' → ') : (c.agentId ?? '–')}</dd>
        <dt>{t('conversation.meta.status')}</dt>
        <dd>
          {label('conversationStatus', c.status)} · {t('conversation.meta.ruleset', { version: c.rulesetVersion })}
        </dd>
        <dt>{t('conversation.meta.started')}</dt>
        <dd>{c.startedAt ? <Timestamp iso={c.startedAt} /> : '–'}</dd>
        <dt>{t('conversation.meta.csat')}</dt>
        <dd>{c.csat ?? '–'}</dd>
      </dl>
      {c.moodTrajectory.length > 0 && (
        <p className="mood-trail" aria-label={t('conversation.moodTrail')}>
          <span className="muted">{t('conversation.moodTrail')}:</span>{' '}
          {c.moodTrajectory.map((m) => (
            <span key={m.eventId} className={`mood-dot mood-${m.sentiment}`} title={`${label('sentiment', m.sentiment)} ${Math.round(m.confidence * 100)}%`}>
              {label('sentiment', m.sentiment)}
            </span>
          ))}
        </p>
      )}
      <div className="conversation-columns">
        <section className="panel transcript" aria-labelledby="transcript-h">
          <h2 id="transcript-h">{t('conversation.transcript')}</h2>
          <ol className="messages">
            {c.messages.map((m) => (
              <MessageItem key={m.eventId} message={m} scorecardDeductions={c.scorecard.deductions} />
            ))}
          </ol>
        </section>
        <div className="conversation-side">
          <ScorecardPanel scorecard={c.scorecard} />
          <SlaTimeline waits={c.slaTimeline} />
          <section className="panel" aria-labelledby="calerts-h">
            <h2 id="calerts-h">{t('conversation.alerts')}</h2>
            {c.alerts.length === 0 ? (
              <p className="muted">{t('conversation.noAlerts')}</p>
            ) : (
              <ul className="risk-list">
                {c.alerts.map((a) => (
                  <li key={a.alertId} className={`risk-item sev-border-${a.severity}`}>
                    <SeverityBadge severity={a.severity} /> <strong>{t(`alertKind.${a.kind}`, a.kind)}</strong> <span>{text(a.messageKey, a.args, a.message)}</span>{' '}
                    <span className="muted">{t(`alerts.tabs.${a.status}`, a.status)}</span> <Timestamp iso={a.raisedAt} compact />
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/alerts">{t('app.nav.alerts')} →</Link>
            </p>
          </section>
        </div>
      </div>
    </div>
  )
}
