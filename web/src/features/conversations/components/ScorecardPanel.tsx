import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { Scorecard } from '@/lib/contract'
import { formatNumber } from '@/lib/format'
import { useServerText } from '@/lib/server-text'

export function ScorecardPanel({ scorecard }: { scorecard: Scorecard }): JSX.Element {
  const { t } = useTranslation()
  const text = useServerText()
  const tone = scorecard.total >= 80 ? 'tone-ok' : scorecard.total >= 60 ? 'tone-warn' : 'tone-bad'
  return (
    <section className="panel" aria-labelledby="score-h" data-testid="scorecard">
      <h2 id="score-h">
        {t('conversation.scorecard')} <span className="badge">{t(scorecard.final ? 'conversation.final' : 'conversation.provisional')}</span>
      </h2>
      <p className={`score-total ${tone}`}>
        {t('conversation.total')}: <strong>{formatNumber(scorecard.total)}</strong>
        <span className="muted"> · {t('conversation.role', { role: t(`rules.role.${scorecard.role}`, scorecard.role) })}</span>
      </p>
      {scorecard.autoFail && scorecard.autoFail.length > 0 && (
        <div className="auto-fail tone-bad" role="note" data-testid="autofail">
          <strong>{t('conversation.autoFail')}</strong> <span className="muted">{t('conversation.autoFailNote')}</span>
          <ul>
            {scorecard.autoFail.map((hit) => (
              <li key={hit.ruleId} data-rule={hit.ruleId}>
                <strong>{t(`rules.autoFailItem.${hit.ruleId}`, { defaultValue: hit.ruleId })}</strong>: {text(hit.messageKey, hit.args, hit.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="dimensions">
        <tbody>
          {Object.entries(scorecard.dimensions).map(([dimension, score]) => (
            <tr key={dimension}>
              <th scope="row">{t(`dimension.${dimension}`, dimension)}</th>
              <td className="bar-cell">
                <meter min={0} max={100} low={60} high={80} optimum={100} value={score} aria-label={t(`dimension.${dimension}`, dimension)} />
              </td>
              <td className="num">{formatNumber(score)}</td>
              <td className="muted num">×{formatNumber(scorecard.weights[dimension] ?? 0, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('conversation.deductions')}</h3>
      {scorecard.deductions.length === 0 ? (
        <p className="muted">{t('conversation.noDeductions')}</p>
      ) : (
        <ul className="deductions">
          {scorecard.deductions.map((d, i) => (
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
    </section>
  )
}
