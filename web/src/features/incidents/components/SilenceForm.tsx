import { useId, useState, type JSX, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { alertKinds } from '@/lib/contract'
import { formatAbsolute } from '@/lib/format'
import { useCreateSilence } from '../api/silences'
import {
  localSilenceErrors,
  silenceDurations,
  silenceErrorsOf,
  silenceUntil,
  toSilenceBody,
  type SilenceDraft,
  type SilenceErrors,
  type SilenceField,
} from '../api/silence-form'

/** When a silence ends, as a date and time (relative wording would say "now" of any future time). */
export function SilenceEnd({ iso }: { iso: string }): JSX.Element {
  const { i18n } = useTranslation()
  return <time dateTime={iso}>{formatAbsolute(iso, i18n.resolvedLanguage ?? 'en')}</time>
}

interface SilenceFormProps {
  initial: SilenceDraft
  onDone: () => void
}

function FieldRow({ label, messages, children }: { label: string; messages: readonly string[] | undefined; children: (id: string, describedBy: string | undefined) => ReactNode }): JSX.Element {
  const id = useId()
  const errorId = useId()
  const invalid = (messages?.length ?? 0) > 0
  return (
    <div className={`field ${invalid ? 'invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, invalid ? errorId : undefined)}
      {invalid && (
        <ul id={errorId} className="field-errors" data-testid="field-error">
          {messages?.map((message) => <li key={message}>{message}</li>)}
        </ul>
      )}
    </div>
  )
}

/** A new silence: what it mutes (blank = every), for how long, and why; the server's field errors under each field. */
export function SilenceForm({ initial, onDone }: SilenceFormProps): JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<SilenceDraft>(initial)
  const [errors, setErrors] = useState<SilenceErrors | null>(null)
  const create = useCreateSilence()
  const kinds: readonly string[] = draft.kind && !(alertKinds as readonly string[]).includes(draft.kind) ? [...alertKinds, draft.kind] : alertKinds
  const messages = (field: SilenceField): readonly string[] | undefined => errors?.fields[field]
  // Editing a field clears its error; the rest stay until the next submit.
  const set = (field: keyof SilenceDraft) => (value: string) => {
    setDraft((prev) => ({ ...prev, [field]: value }))
    const shownAt: SilenceField = field === 'duration' ? 'until' : field
    setErrors((prev) => (prev?.fields[shownAt] ? { ...prev, fields: { ...prev.fields, [shownAt]: undefined } } : prev))
  }
  const text = (field: 'storeId' | 'teamId' | 'agentId', label: string): JSX.Element => (
    <FieldRow label={label} messages={messages(field)}>
      {(id, describedBy) => (
        <input
          id={id}
          value={draft[field]}
          placeholder={t('incidents.silence.every')}
          aria-invalid={describedBy !== undefined}
          aria-describedby={describedBy}
          data-testid={`silence-${field}`}
          onChange={(e) => {
            set(field)(e.target.value)
          }}
        />
      )}
    </FieldRow>
  )

  return (
    <form
      className="silence-form"
      data-testid="silence-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const local = localSilenceErrors(draft, t('incidents.silence.reasonRequired'))
        setErrors(local)
        if (local) {
          return
        }
        create.mutate(toSilenceBody(draft, new Date()), {
          onSuccess: onDone,
          onError: (error) => {
            setErrors(silenceErrorsOf(error, t('incidents.silence.forbidden')))
          },
        })
      }}
    >
      <div className="silence-grid">
        <FieldRow label={t('incidents.silence.kind')} messages={messages('kind')}>
          {(id, describedBy) => (
            <select id={id} value={draft.kind} aria-describedby={describedBy} data-testid="silence-kind" onChange={(e) => { set('kind')(e.target.value); }}>
              <option value="">{t('incidents.allKinds')}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`alertKind.${kind}`, kind)}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
        {text('storeId', t('incidents.silence.store'))}
        {text('teamId', t('incidents.silence.team'))}
        {text('agentId', t('incidents.silence.agent'))}
        <FieldRow label={t('incidents.silence.duration')} messages={messages('until')}>
          {(id, describedBy) => (
            <select id={id} value={draft.duration} aria-describedby={describedBy} data-testid="silence-duration" onChange={(e) => { set('duration')(e.target.value); }}>
              {silenceDurations.map((duration) => (
                <option key={duration} value={duration}>
                  {t(`incidents.silence.durations.${duration}`)}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
      </div>
      <p className="muted">
        {t('incidents.until')} <SilenceEnd iso={silenceUntil(draft.duration, new Date())} />
      </p>
      <FieldRow label={t('incidents.silence.reason')} messages={messages('reason')}>
        {(id, describedBy) => (
          <textarea
            id={id}
            rows={2}
            maxLength={500}
            value={draft.reason}
            aria-required
            aria-invalid={describedBy !== undefined}
            aria-describedby={describedBy}
            placeholder={t('incidents.silence.reasonHint')}
            data-testid="silence-reason"
            autoFocus
            onChange={(e) => {
              set('reason')(e.target.value)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                onDone()
              }
            }}
          />
        )}
      </FieldRow>
      {errors?.general.map((message) => (
        <p key={message} role="alert" className="error">
          {message}
        </p>
      ))}
      <div className="alert-actions">
        <button type="submit" className="primary" disabled={create.isPending} data-testid="silence-submit">
          {t('incidents.silence.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('alerts.cancel')}
        </button>
      </div>
    </form>
  )
}
