import { useId, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useIncidentAction, type IncidentVerb } from '../api/incident-actions'

interface IncidentNoteFormProps {
  incidentIds: readonly string[]
  verb: IncidentVerb
  onDone: () => void
}

/** The note asked before acknowledging or resolving one incident or a selection of them. */
export function IncidentNoteForm({ incidentIds, verb, onDone }: IncidentNoteFormProps): JSX.Element {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  const action = useIncidentAction()
  const noteId = useId()
  const failed = action.data?.failed.length ?? 0

  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault()
        action.mutate(
          { incidentIds, verb, note },
          {
            onSuccess: (result) => {
              if (result.failed.length === 0) {
                setNote('')
                onDone()
              }
            },
          },
        )
      }}
    >
      <label htmlFor={noteId}>{t('alerts.note')}</label>
      <textarea
        id={noteId}
        value={note}
        rows={2}
        autoFocus
        onChange={(e) => {
          setNote(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            onDone()
          }
        }}
      />
      <div className="alert-actions">
        <button type="submit" className="primary" disabled={action.isPending}>
          {t('alerts.confirm')}: {t(verb === 'ack' ? 'alerts.ack' : 'alerts.resolve')}
          {incidentIds.length > 1 ? ` (${incidentIds.length})` : ''}
        </button>
        <button type="button" onClick={onDone}>
          {t('alerts.cancel')}
        </button>
      </div>
      {action.error && (
        <p role="alert" className="error">
          {t('alerts.actionFailed', { message: action.error.message })}
        </p>
      )}
      {failed > 0 && (
        <p role="alert" className="error">
          {t('incidents.someFailed', { count: failed })}
        </p>
      )}
    </form>
  )
}
