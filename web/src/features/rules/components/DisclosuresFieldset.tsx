import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { DisclosureRule } from '@/lib/contract'
import { useLabel } from '@/lib/labels'
import { errorsAt, type FieldErrors } from '../api/validation'
import { LinesField } from './LinesField'

type Update = (path: (string | number)[], value: unknown) => void

/** Each topic's required disclosures, and the scope phrases deciding when they are required at all. */
export function DisclosuresFieldset({ disclosures, errors, update }: { disclosures: DisclosureRule[]; errors: FieldErrors; update: Update }): JSX.Element {
  const { t } = useTranslation()
  const label = useLabel()
  return (
    <fieldset>
      <legend>{t('rules.disclosures')}</legend>
      <p className="muted">{t('rules.disclosureHelp')}</p>
      {disclosures.map((rule, ruleIndex) => {
        const topic = label('topic', rule.topic)
        const scope = (name: 'appliesWhen' | 'notWhen'): JSX.Element => {
          const path = `disclosures[${ruleIndex}].${name}`
          return (
            <LinesField
              label={`${topic} · ${t(`rules.scope.${name}`)}`}
              help={t(`rules.scope.${name}Help`)}
              path={path}
              errors={errorsAt(errors, path)}
              lines={rule[name]}
              onChange={(lines) => {
                update(['disclosures', ruleIndex, name], lines)
              }}
            />
          )
        }
        return (
          <div key={rule.topic} className="phrase-grid" data-testid={`disclosure-${rule.topic}`}>
            {rule.required.map((required, reqIndex) => {
              const path = `disclosures[${ruleIndex}].required[${reqIndex}].anyOf`
              return (
                <LinesField
                  key={required.name}
                  label={`${topic} · ${label('disclosure', required.name)}`}
                  path={path}
                  errors={errorsAt(errors, path)}
                  lines={required.anyOf}
                  onChange={(lines) => {
                    update(['disclosures', ruleIndex, 'required', reqIndex, 'anyOf'], lines)
                  }}
                />
              )
            })}
            {scope('appliesWhen')}
            {scope('notWhen')}
          </div>
        )
      })}
    </fieldset>
  )
}
