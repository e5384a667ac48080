import { useMemo, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { IncidentPage } from '@/lib/incidents'
import { IncidentCard } from './IncidentCard'
import { IncidentNoteForm } from './IncidentNoteForm'

/** Cards drawn at once; the rest are counted, not rendered (the list is already in triage order). */
const shownAtOnce = 200

/** The incidents of one tab, in triage order; on the open tab with a selection for bulk acknowledge. */
export function IncidentList({ page, bulk, canSilence }: { page: IncidentPage; bulk: boolean; canSilence: boolean }): JSX.Element {
  const { t } = useTranslation()
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [acking, setAcking] = useState(false)
  const shown = page.items.slice(0, shownAtOnce)
  // Incidents that left the list (acknowledged elsewhere, resolved by the system) leave the selection too.
  const selected = useMemo(() => shown.filter((i) => picked.has(i.incidentId)).map((i) => i.incidentId), [shown, picked])
  const allSelected = shown.length > 0 && selected.length === shown.length

  if (page.items.length === 0) {
    return <p className="muted">{t('incidents.none')}</p>
  }
  return (
    <>
      {bulk && (
        <div className="bulk-bar" data-testid="bulk-bar">
          <label className="toggle">
            <input
              type="checkbox"
              checked={allSelected}
              data-testid="select-all"
              onChange={(e) => {
                setPicked(e.target.checked ? new Set(shown.map((i) => i.incidentId)) : new Set())
              }}
            />
            {t('incidents.selectAll')}
          </label>
          <button
            type="button"
            className="primary"
            disabled={selected.length === 0}
            data-testid="bulk-ack"
            onClick={() => {
              setAcking(true)
            }}
          >
            {t('incidents.ackSelected', { count: selected.length })}
          </button>
          {acking && selected.length > 0 && (
            <IncidentNoteForm
              incidentIds={selected}
              verb="ack"
              onDone={() => {
                setAcking(false)
                setPicked(new Set())
              }}
            />
          )}
        </div>
      )}
      {page.total > shown.length && <p className="muted">{t('incidents.showing', { shown: shown.length, total: page.total })}</p>}
      <ul className="alert-list">
        {shown.map((incident) => (
          <IncidentCard
            key={incident.incidentId}
            incident={incident}
            selected={picked.has(incident.incidentId)}
            canSilence={canSilence}
            onSelect={
              bulk
                ? (on) => {
                    setPicked((prev) => {
                      const next = new Set(prev)
                      if (on) {
                        next.add(incident.incidentId)
                      } else {
                        next.delete(incident.incidentId)
                      }
                      return next
                    })
                  }
                : null
            }
          />
        ))}
      </ul>
    </>
  )
}
