import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deduction, MessageView } from '@/lib/contract'
import { formatPercent, formatTime } from '@/lib/format'
import { marksFor } from '../api/highlight'
import { HighlightedText } from './HighlightedText'
import { useServerText } from '@/lib/server-text'
import { useLabel, useTagLabel } from '@/lib/labels'

const moodIcon: Record<string, string> = { negative: '☹', neutral: '😐', positive: '☺' }

export function MessageItem({ message, scorecardDeductions }: { message: MessageView; scorecardDeductions: readonly Deduction[] }): JSX.Element {
  const { t, i18n } = useTranslation()
  const text = useServerText()
  const label = useLabel()
  const tagLabel = useTagLabel()
  const a = message.analysis
  const deductions = [...a.deductions, ...scorecardDeductions.filter((d) => d.messageId === message.eventId && !a.deductions.some((x) => x.ruleId === d.ruleId && x.start === d.start))]
  return (
    <li className={`message from-${message.sender}`} data-testid="message" data-event-id={message.eventId}>
      <div className="message-head">
        <strong>
          {t(`conversation.sender.${message.sender}`, message.sender)}
          {message.agentId ? ` ${message.agentId}` : ''}
        </strong>
        <time dateTime={message.occurredAt} className="muted">
          {formatTime(message.occurredAt, i18n.resolvedLanguage ?? 'en')}
        </time>
        <span className="chip" title={t('conversation.language')}>
          {label('language', a.language)}
        </span>
        {a.sentiment && (
          <span className={`chip mood-${a.sentiment}`} title={t('conversation.mood')}>
            <span aria-hidden="true">{moodIcon[a.sentiment] ?? ''}</span> {label('sentiment', a.sentiment)}
            {a.sentimentConfidence != null && ` ${formatPercent(a.sentimentConfidence * 100, 0)}`}
          </span>
        )}
        {a.topic && (
          <span className="chip" title={t('conversation.topic')}>
            {t('conversation.topic')}: {label('topic', a.topic)}
          </span>
        )}
        {a.complaintRisk != null && a.complaintRisk >= 0.5 && (
          <span className="chip tone-bad" title={t('conversation.risk')}>
            {t('conversation.risk')} {formatPercent(a.complaintRisk * 100, 0)}
          </span>
        )}
      </div>
      <p className="message-text" lang={a.language === 'und' ? undefined : a.language}>
        <HighlightedText text={message.text} marks={marksFor(message, scorecardDeductions)} />
      </p>
      {a.tags.length > 0 && (
        <ul className="tags" aria-label={t('conversation.tags')} data-testid="tags">
          {a.tags.map((tag) => (
            <li key={tag} className="tag" data-tag={tag}>
              {tagLabel(tag)}
            </li>
          ))}
        </ul>
      )}
      {deductions.length > 0 && (
        <ul className="deductions" aria-label={t('conversation.deductions')}>
          {deductions.map((d, i) => (
            <li key={`${d.ruleId}-${i}`}>
              <span className="points">{t('conversation.points', { points: d.points })}</span> {t(`dimension.${d.dimension}`, d.dimension)} · {text(d.messageKey, d.args, d.reason)}
              {d.evidence && (
                <>
                  {' '}
                  «<mark className="ev ev-deduction">{text(d.evidenceKey, d.evidenceArgs, d.evidence)}</mark>»
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
