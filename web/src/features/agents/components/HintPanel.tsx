import { useQueryClient } from '@tanstack/react-query'
import type { JSX } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Hint } from '@/lib/contract'
import { SeverityBadge } from '@/lib/components/SeverityBadge'
import { Timestamp } from '@/lib/components/Timestamp'
import { rememberDismissed } from '../api/dismissed-hints'
import { dismissHint, hintsQueryKey } from '../api/hints-cache'
import { useServerText } from '@/lib/server-text'

export function HintPanel({ agentId, hints }: { agentId: string; hints: readonly Hint[] }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const queryClient = useQueryClient()
  return (
    <section className="panel hint-panel" aria-labelledby="hints-h">
      <h2 id="hints-h">{t('agent.hints')}</h2>
      {hints.length === 0 ? (
        <p className="muted">{t('agent.noHints')}</p>
      ) : (
        <ol className="hints" aria-live="assertive">
          {hints.map((hint) => (
            <li
              key={hint.hintId ?? `${hint.conversationId}-${hint.ruleId ?? hint.kind}-${hint.at}`}
              className={`hint sev-border-${hint.severity}`}
              data-testid="hint"
              data-conversation-id={hint.conversationId}
            >
              <div className="feed-head">
                <SeverityBadge severity={hint.severity} />
                <Link to={`/conversations/${encodeURIComponent(hint.conversationId)}`}>{hint.conversationId}</Link>
                <Timestamp iso={hint.raisedAt ?? hint.at} compact />
              </div>
              <p className="hint-text">{text(hint.messageKey, hint.args, hint.text)}</p>
              <button
                type="button"
                onClick={() => {
                  rememberDismissed(agentId, hint)
                  queryClient.setQueryData<readonly Hint[]>(hintsQueryKey(agentId), (prev) => dismissHint(prev, hint))
                }}
              >
                {t('agent.dismiss')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
