import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api-client'

/** The loading / error line every view shows while its query is not ready. */
export function QueryStatus({ error, onRetry }: { error: Error | null; onRetry?: () => void }): JSX.Element {
  const { t } = useTranslation()
  if (!error) {
    return <p className="muted" role="status">{t('app.loading')}</p>
  }
  if (error instanceof ApiError && error.status === 403) {
    return <p role="alert" className="error">{t('app.forbidden')}</p>
  }
  return (
    <p role="alert" className="error">
      {t('app.error', { message: error.message })}{' '}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </p>
  )
}
