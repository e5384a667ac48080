import type { UseQueryResult } from '@tanstack/react-query'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { Silence } from '@/lib/contract'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { useEndSilence } from '../api/silences'
import { emptyDraft } from '../api/silence-form'
import { SilenceEnd, SilenceForm } from './SilenceForm'

/** Silences in force: what they mute (unset = everything), until when, why; ending one brings its pages back. */
export function SilenceList({ query, canSilence }: { query: UseQueryResult<Silence[]>; canSilence: boolean }): JSX.Element {
  const { t } = useTranslation()
  const end = useEndSilence()
  const [adding, setAdding] = useState(false)
  const close = (): void => {
    setAdding(false)
  }
  const newSilence = canSilence ? (
    adding ? (
      <SilenceForm initial={emptyDraft} onDone={close} />
    ) : (
      <button
        type="button"
        className="primary"
        data-testid="new-silence"
        onClick={() => {
          setAdding(true)
        }}
      >
        {t('incidents.silence.new')}
      </button>
    )
  ) : null
  if (!query.data) {
    return <QueryStatus error={query.error} onRetry={() => void query.refetch()} />
  }
  if (query.data.length === 0) {
    return (
      <>
        {newSilence}
        <p className="muted">{t('incidents.noSilences')}</p>
      </>
    )
  }
  return (
    <>
      {newSilence}
      <p className="muted">{t('incidents.silencesExplain')}</p>
      <ul className="alert-list">
        {query.data.map((s) => (
          <li key={s.silenceId} className="alert-card" data-testid="silence">
            <div className="alert-head">
              <strong>{s.kind ? t(`alertKind.${s.kind}`, s.kind) : t('incidents.allKinds')}</strong>
              <span className="muted">
                {[s.storeId, s.teamId, s.agentId].filter(Boolean).join(' · ') || t('filter.all')}
              </span>
              <span>
                {t('incidents.until')} <SilenceEnd iso={s.until} />
              </span>
            </div>
            <p>{s.reason}</p>
            {s.createdBy && <p className="muted">{t('incidents.silencedBy', { by: s.createdBy })}</p>}
            {canSilence && (
            <div className="alert-actions">
              <button
                type="button"
                disabled={end.isPending}
                onClick={() => {
                  end.mutate(s.silenceId)
                }}
              >
                {t('incidents.endSilence')}
              </button>
            </div>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
