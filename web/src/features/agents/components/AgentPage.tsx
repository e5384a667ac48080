import { useQuery } from '@tanstack/react-query'
import type { JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { Timestamp } from '@/lib/components/Timestamp'
import { formatDuration, formatNumber } from '@/lib/format'
import { agentConversationsQueryOptions, agentQueryOptions } from '../api/get-agent'
import { useHints } from '../hooks/use-hints'
import { HintPanel } from './HintPanel'
import { useLabel } from '@/lib/labels'

/** One agent's desk: today's figures, own conversations, and (for the agent themself) the live hint panel. */
export function AgentPage({ agentId, isSelf }: { agentId: string; isSelf: boolean }): JSX.Element {
  const { t } = useTranslation()
  const label = useLabel()
  const agent = useQuery(agentQueryOptions(agentId))
  const conversations = useQuery(agentConversationsQueryOptions(agentId))
  const { hints } = useHints(agentId, isSelf)
  const today = agent.data?.today

  return (
    <div className="agent-page">
      <h1>
        {t('agent.title', { id: agentId })}{' '}
        {agent.data && <span className={`status status-${agent.data.status}`}>{t(`status.${agent.data.status}`, agent.data.status)}</span>}
      </h1>
      <div className="agent-columns">
        <div>
          {today ? (
            <section className="panel" aria-labelledby="today-h">
              <h2 id="today-h">
                {t('agent.today')} <span className="muted">{today.date}</span>
              </h2>
              <dl className="figures">
                <div><dt>{t('agent.figures.conversations')}</dt><dd>{today.conversations}</dd></div>
                <div><dt>{t('agent.figures.messages')}</dt><dd>{today.messages}</dd></div>
                <div><dt>{t('agent.figures.firstResponse')}</dt><dd>{formatDuration(today.averageFirstResponseSeconds)}</dd></div>
                <div><dt>{t('agent.figures.p90')}</dt><dd>{formatDuration(today.p90FirstResponseSeconds)}</dd></div>
                <div><dt>{t('agent.figures.breaches')}</dt><dd>{today.breaches}</dd></div>
                <div><dt>{t('agent.figures.alerts')}</dt><dd>{today.alerts}</dd></div>
                <div><dt>{t('agent.figures.closed')}</dt><dd>{today.closedConversations}</dd></div>
                <div><dt>{t('agent.figures.qa')}</dt><dd>{formatNumber(today.averageQaScore)}</dd></div>
              </dl>
            </section>
          ) : (
            <QueryStatus error={agent.error} />
          )}
          <section className="panel" aria-labelledby="myconv-h">
            <h2 id="myconv-h">{t('agent.conversations')}</h2>
            {conversations.data ? (
              conversations.data.length === 0 ? (
                <p className="muted">{t('agent.noConversations')}</p>
              ) : (
                <table className="table" data-testid="agent-conversations">
                  <thead>
                    <tr>
                      <th scope="col">{t('agent.columns.conversation')}</th>
                      <th scope="col">{t('agent.columns.customer')}</th>
                      <th scope="col">{t('agent.columns.status')}</th>
                      <th scope="col">{t('agent.columns.started')}</th>
                      <th scope="col" className="num">{t('agent.figures.breaches')}</th>
                      <th scope="col" className="num">{t('agent.figures.alerts')}</th>
                      <th scope="col" className="num">{t('agent.columns.score')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conversations.data.map((c) => (
                      <tr key={c.conversationId}>
                        <td>
                          <Link to={`/conversations/${encodeURIComponent(c.conversationId)}`}>{c.conversationId}</Link>
                        </td>
                        <td>{c.customerId ?? '–'}</td>
                        <td>{label('conversationStatus', c.status)}</td>
                        <td>{c.startedAt ? <Timestamp iso={c.startedAt} compact /> : '–'}</td>
                        <td className="num">{c.breaches ?? '–'}</td>
                        <td className="num">{c.alerts ?? '–'}</td>
                        <td className="num">{formatNumber(c.score)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            ) : (
              <QueryStatus error={conversations.error} />
            )}
          </section>
        </div>
        {isSelf && <HintPanel agentId={agentId} hints={hints} />}
      </div>
    </div>
  )
}
