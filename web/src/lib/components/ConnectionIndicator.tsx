import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useConnectionSummary } from '../connection-registry'

export function ConnectionIndicator(): JSX.Element {
  const { t } = useTranslation()
  const summary = useConnectionSummary()
  const detail = summary.hubs.map((h) => `${h.path}: ${t(`connection.${h.state}`)}`).join('\n')
  return (
    <span className={`connection conn-${summary.state}`} role="status" aria-live="polite" title={detail} data-testid="connection">
      <span className="dot" aria-hidden="true" />
      {t(`connection.${summary.state}`)}
    </span>
  )
}
