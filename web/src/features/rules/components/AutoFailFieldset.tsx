import { useId, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { autoFailItems } from '@/lib/contract'
import { errorsAt, fieldDomId, toggleAutoFail, type FieldErrors } from '../api/validation'

/** Checkboxes for the ruleset's critical items (`autoFail`): any one hit caps the score below the low-score threshold. */
export function AutoFailFieldset({ items, errors, onChange }: { items: readonly string[]; errors: FieldErrors; onChange: (items: string[]) => void }): JSX.Element {
  const { t } = useTranslation()
  const legendId = useId()
  const errorId = useId()
  const messages = errorsAt(errors, 'autoFail')
  return (
    <fieldset
      id={fieldDomId('autoFail')}
      data-field="autoFail"
      className={messages.length > 0 ? 'invalid' : ''}
      aria-labelledby={legendId}
      aria-describedby={messages.length > 0 ? errorId : undefined}
    >
      <legend id={legendId}>{t('rules.autoFail')}</legend>
      <p className="muted">{t('rules.autoFailHelp')}</p>
      <div className="check-list">
        {autoFailItems.map((item) => (
          <label key={item} className="toggle">
            <input
              type="checkbox"
              data-testid={`autofail-${item}`}
              checked={items.includes(item)}
              onChange={(e) => {
                onChange(toggleAutoFail(items, item, e.target.checked))
              }}
            />
            {t(`rules.autoFailItem.${item}`)}
          </label>
        ))}
      </div>
      {messages.length > 0 && (
        <ul id={errorId} className="field-errors" data-testid="field-error">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
