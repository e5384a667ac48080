import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SlaWait } from '@/lib/contract'
import { formatDuration, formatTime } from '@/lib/format'
import { useServerText } from '@/lib/server-text'

/** Each customer wait as a bar whose length is its duration, coloured and labelled by its SLA status. */
export function SlaTimeline({ waits }: { waits: readonly SlaWait[] }): JSX.Element {
  const { t, i18n } = useTranslation()
  const text = useServerText()
  const longest = Math.max(1, ...waits.map((w) => w.seconds))
  return (
    <section className="panel" aria-labelledby="sla-h">
      <h2 id="sla-h">{t('conversation.sla')}</h2>
      {waits.length === 0 ? (
        <p className="muted">{t('conversation.noSla')}</p>
      ) : (
        <ol className="sla-timeline">
          {waits.map((w) => (
            <li key={`${w.kind}-${w.startedAt}`} className={`sla-wait sla-${w.status}`} data-testid="sla-wait">
              <span className="sla-label">
                {formatTime(w.startedAt, i18n.resolvedLanguage ?? 'en')} · {t(`conversation.waitKind.${w.kind}`, w.kind)}
              </span>
              <span className="sla-bar" style={{ width: `${Math.max(2, (w.seconds / longest) * 100)}%` }} aria-hidden="true" />
              <span className="sla-value">
                {formatDuration(w.seconds)} · {t(`conversation.waitStatus.${w.status}`, w.status)}
                {w.agentId ? ` · ${w.agentId}` : ''}
              </span>
              {w.explanation && <span className="muted sla-explanation">{text(w.messageKey, w.args, w.explanation)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
