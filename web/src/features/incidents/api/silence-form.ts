import { ApiError } from '@/lib/api-client'
import { severityRank } from '@/lib/alerts'
import type { Incident, Silence } from '@/lib/contract'

/** How long a new silence lasts; `endOfDay` runs to the next local midnight. */
export const silenceDurations = ['30m', '1h', '4h', 'endOfDay'] as const
export type SilenceDuration = (typeof silenceDurations)[number]

const minutesOf: Record<Exclude<SilenceDuration, 'endOfDay'>, number> = { '30m': 30, '1h': 60, '4h': 240 }

/** What the form edits; empty strings mean "every" (sent as null, which the server matches to everything). */
export interface SilenceDraft {
  kind: string
  storeId: string
  teamId: string
  agentId: string
  duration: SilenceDuration
  reason: string
}

export type SilenceField = 'kind' | 'storeId' | 'teamId' | 'agentId' | 'until' | 'reason'
const fields: readonly SilenceField[] = ['kind', 'storeId', 'teamId', 'agentId', 'until', 'reason']

/** The server's texts by form field; `general` holds what names no field (or a field the form does not show). */
export interface SilenceErrors {
  fields: Partial<Record<SilenceField, string[]>>
  general: string[]
}

export const emptyDraft: SilenceDraft = { kind: '', storeId: '', teamId: '', agentId: '', duration: '1h', reason: '' }

/**
 * The kind to silence for an incident: its strongest still-open reason (severity, then newest); an escalation card
 * is only a consequence of another reason, so it is chosen only when it is all there is.
 */
export function topAlertKind(incident: Incident): string {
  const candidates = incident.alerts.filter((a) => a.status !== 'resolved')
  const pool = candidates.length > 0 ? candidates : incident.alerts
  const ranked = [...pool].sort(
    (a, b) =>
      Number(a.kind === 'escalation') - Number(b.kind === 'escalation') ||
      severityRank[b.severity] - severityRank[a.severity] ||
      Date.parse(b.raisedAt) - Date.parse(a.raisedAt),
  )
  return ranked[0]?.kind ?? ''
}

/** "Silence this" from a card: its top kind in its store and team, for an hour, the reason left to the lead. */
export function draftFromIncident(incident: Incident): SilenceDraft {
  return { ...emptyDraft, kind: topAlertKind(incident), storeId: incident.storeId, teamId: incident.teamId ?? '' }
}

/** When a silence chosen at `now` ends, as ISO-8601 (UTC). */
export function silenceUntil(duration: SilenceDuration, now: Date): string {
  if (duration === 'endOfDay') {
    return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).toISOString()
  }
  return new Date(now.getTime() + minutesOf[duration] * 60_000).toISOString()
}

/** The `POST /api/silences` body: trimmed, blanks as null ("every"). */
export function toSilenceBody(draft: SilenceDraft, now: Date): Omit<Silence, 'silenceId'> {
  const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim())
  return {
    kind: orNull(draft.kind),
    storeId: orNull(draft.storeId),
    teamId: orNull(draft.teamId),
    agentId: orNull(draft.agentId),
    until: silenceUntil(draft.duration, now),
    reason: draft.reason.trim(),
  }
}

/** Checks made before sending: the reason is required (the server says so too, in the reader's language). */
export function localSilenceErrors(draft: SilenceDraft, reasonRequired: string): SilenceErrors | null {
  return draft.reason.trim() === '' ? { fields: { reason: [reasonRequired] }, general: [] } : null
}

function asField(key: string): SilenceField | null {
  const name = key.replace(/^\$\.?/, '')
  const camel = name.charAt(0).toLowerCase() + name.slice(1)
  return (fields as readonly string[]).includes(camel) ? (camel as SilenceField) : null
}

/**
 * Maps a failed create to the form: a 400's `errors` next to their fields, a 403 (outside the supervisor's stores) as
 * `forbidden`, anything else as its message.
 */
export function silenceErrorsOf(error: unknown, forbidden: string): SilenceErrors {
  const result: SilenceErrors = { fields: {}, general: [] }
  if (error instanceof ApiError && error.status === 403) {
    result.general.push(forbidden)
    return result
  }
  const errors = error instanceof ApiError && error.status === 400 ? error.problem?.errors : undefined
  if (!errors || Object.keys(errors).length === 0) {
    result.general.push(error instanceof Error ? error.message : String(error))
    return result
  }
  for (const [key, messages] of Object.entries(errors)) {
    const field = asField(key)
    if (field) {
      result.fields[field] = [...(result.fields[field] ?? []), ...messages]
    } else {
      result.general.push(...messages)
    }
  }
  return result
}
