import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatAbsolute, formatRelative } from '../format'
import { useNow } from '../use-now'

/** Relative time ("2 minutes ago") next to the absolute one, both in the UI language. */
export function Timestamp({ iso, compact = false }: { iso: string; compact?: boolean }): JSX.Element {
  const { i18n } = useTranslation()
  const now = useNow()
  const locale = i18n.resolvedLanguage ?? 'en'
  const absolute = formatAbsolute(iso, locale)
  return (
    <time dateTime={iso} title={absolute} className="timestamp">
      {formatRelative(iso, now, locale)}
      {!compact && <span className="muted"> · {absolute}</span>}
    </time>
  )
}
