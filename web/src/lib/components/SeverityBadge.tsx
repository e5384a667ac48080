import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { Severity } from '../contract'

const icon: Record<Severity, string> = { info: 'ℹ', warning: '▲', critical: '⬤' }

/** Severity as colour, icon and word, so it never relies on colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }): JSX.Element {
  const { t } = useTranslation()
  return (
    <span className={`badge sev-${severity}`}>
      <span aria-hidden="true">{icon[severity]}</span> {t(`severity.${severity}`)}
    </span>
  )
}
