import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { storeContactNames, type StoreContacts } from '@/lib/contract'
import { errorsAt, type FieldErrors } from '../api/validation'
import { LinesField } from './LinesField'

type Update = (path: (string | number)[], value: unknown) => void

/** The store's own return addresses, phones and e-mails (`storeContacts`): not a personal-data leak. */
export function StoreContactsFieldset({ contacts, errors, update }: { contacts: StoreContacts | null | undefined; errors: FieldErrors; update: Update }): JSX.Element {
  const { t } = useTranslation()
  return (
    <fieldset>
      <legend>{t('rules.storeContacts')}</legend>
      <p className="muted">{t('rules.storeContactsHelp')}</p>
      {errorsAt(errors, 'storeContacts').length > 0 && contacts == null && <p className="field-errors">{errorsAt(errors, 'storeContacts').join(' ')}</p>}
      <div className="phrase-grid">
        {storeContactNames.map((name) => {
          const path = `storeContacts.${name}`
          return (
            <LinesField
              key={name}
              label={t(`rules.storeContact.${name}`)}
              path={path}
              rows={3}
              errors={errorsAt(errors, path)}
              lines={contacts?.[name]}
              onChange={(lines) => {
                // An absent storeContacts becomes a whole object, so the server never sees a half-filled one.
                update(['storeContacts'], { returnAddresses: [], phones: [], emails: [], ...contacts, [name]: lines })
              }}
            />
          )
        })}
      </div>
    </fieldset>
  )
}
