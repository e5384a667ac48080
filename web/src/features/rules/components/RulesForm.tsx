import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '@/lib/api-client'
import { dimensionNames, phraseListNames, type Ruleset, type Severity } from '@/lib/contract'
import type { UseMutationResult } from '@tanstack/react-query'
import { autoFailInForce, cleanRuleset, errorsAt, fieldDomId, setAt, toFieldErrors, type FieldErrors } from '../api/validation'
import { AutoFailFieldset } from './AutoFailFieldset'
import { DisclosuresFieldset } from './DisclosuresFieldset'
import { Field } from './Field'
import { StoreContactsFieldset } from './StoreContactsFieldset'

const slaFields = ['firstResponseWarnSeconds', 'firstResponseBreachSeconds', 'nextResponseWarnSeconds', 'nextResponseBreachSeconds'] as const
const severities: Severity[] = ['info', 'warning', 'critical']
const roles = ['preSales', 'afterSales'] as const

function numberValue(value: number): string {
  return Number.isFinite(value) ? String(value) : ''
}

export type SaveRuleset = UseMutationResult<Ruleset | undefined, Error, Ruleset>

export function RulesForm({ ruleset, save }: { ruleset: Ruleset; save: SaveRuleset }): JSX.Element {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Ruleset>(ruleset)
  const problem = save.error instanceof ApiError ? save.error.problem : null
  const errors: FieldErrors = toFieldErrors(save.error instanceof ApiError && save.error.status === 400 ? problem?.errors : undefined)
  const update = (path: (string | number)[], value: unknown): void => {
    setDraft((prev) => setAt(prev, path, value))
  }
  const numberInput = (path: (string | number)[], label: string, step = 1): JSX.Element => {
    const key = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '').replace(/\.\[/g, '[')
    const current = path.reduce<unknown>((node, p) => (node as Record<string | number, unknown> | undefined)?.[p], draft)
    return (
      <Field label={label} path={key} errors={errorsAt(errors, key)}>
        {(props) => (
          <input
            {...props}
            type="number"
            step={step}
            value={typeof current === 'number' ? numberValue(current) : ''}
            onChange={(e) => {
              update(path, e.target.value === '' ? null : e.target.valueAsNumber)
            }}
          />
        )}
      </Field>
    )
  }

  return (
    <form
      className="rules-form"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate(cleanRuleset(draft))
      }}
      noValidate
    >
      <div className="toolbar sticky">
        <span className="muted">{t('rules.version', { version: ruleset.version })}</span>
        <button type="submit" className="primary" disabled={save.isPending} data-testid="rules-save">
          {save.isPending ? t('rules.saving') : t('rules.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(ruleset)
            save.reset()
          }}
        >
          {t('rules.reset')}
        </button>
        {save.isSuccess && (
          <span role="status" className="ok" data-testid="rules-saved">
            {t('rules.saved', { version: save.data?.version ?? ruleset.version })}
          </span>
        )}
      </div>
      {save.error && (
        <div role="alert" className="error-summary" data-testid="rules-error">
          <p>{errors.size > 0 ? t('rules.invalid') : t('rules.failed', { message: save.error.message })}</p>
          {errors.size > 0 && (
            <ul>
              {[...errors].map(([path, messages]) => (
                <li key={path}>
                  <a href={`#${fieldDomId(path.replace(/\[\d+\]$/, ''))}`}>{path}</a>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset>
        <legend>{t('rules.phrases')}</legend>
        <p className="muted">{t('rules.phraseHelp')}</p>
        <div className="phrase-grid">
          {phraseListNames.map((name) => (
            <Field key={name} label={t(`rules.list.${name}`)} path={`phrases.${name}`} errors={errorsAt(errors, `phrases.${name}`)}>
              {(props) => (
                <textarea
                  {...props}
                  rows={6}
                  data-testid={`phrases-${name}`}
                  value={draft.phrases[name].join('\n')}
                  onChange={(e) => {
                    update(['phrases', name], e.target.value.split('\n'))
                  }}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('rules.sla')}</legend>
        <div className="number-grid">
          {slaFields.map((name) => (
            <div key={name}>{numberInput(['sla', name], t(`rules.slaField.${name}`))}</div>
          ))}
          <label className="toggle">
            <input
              type="checkbox"
              checked={Boolean(draft.sla.botRepliesCount)}
              onChange={(e) => {
                update(['sla', 'botRepliesCount'], e.target.checked)
              }}
            />
            {t('rules.slaField.botRepliesCount')}
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('rules.repeat')}</legend>
        {errorsAt(errors, 'repeatContact').length > 0 && !draft.repeatContact.length && (
          <p className="field-errors">{errorsAt(errors, 'repeatContact').join(' ')}</p>
        )}
        {draft.repeatContact.map((rule, index) => (
          <div key={index} className="number-grid repeat-row">
            {numberInput(['repeatContact', index, 'count'], t('rules.repeatField.count'))}
            {numberInput(['repeatContact', index, 'windowHours'], t('rules.repeatField.windowHours'))}
            <Field label={t('rules.repeatField.severity')} path={`repeatContact[${index}].severity`} errors={errorsAt(errors, `repeatContact[${index}].severity`)}>
              {(props) => (
                <select
                  {...props}
                  value={rule.severity}
                  onChange={(e) => {
                    update(['repeatContact', index, 'severity'], e.target.value)
                  }}
                >
                  {severities.map((s) => (
                    <option key={s} value={s}>
                      {t(`severity.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              onClick={() => {
                update(['repeatContact'], draft.repeatContact.filter((_, i) => i !== index))
              }}
            >
              {t('rules.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            update(['repeatContact'], [...draft.repeatContact, { count: 3, windowHours: 24, severity: 'warning' }])
          }}
        >
          {t('rules.addRule')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('rules.weights')}</legend>
        {roles.map((role) => (
          <div key={role} className="number-grid">
            <strong className="row-label">{t(`rules.role.${role}`)}</strong>
            {dimensionNames.map((dimension) => (
              <div key={dimension}>{numberInput(['weights', role, dimension], t(`dimension.${dimension}`), 0.05)}</div>
            ))}
          </div>
        ))}
        {errorsAt(errors, 'weights').length > 0 && <p className="field-errors">{errorsAt(errors, 'weights').join(' ')}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('rules.other')}</legend>
        <div className="number-grid">
          {numberInput(['escalation', 'ackTimeoutSeconds'], t('rules.escalation'))}
          {numberInput(['qaLowScoreThreshold'], t('rules.qaLow'))}
          {numberInput(['complaintRiskThreshold'], t('rules.complaintRisk'), 0.05)}
        </div>
      </fieldset>

      {draft.disclosures.length > 0 && <DisclosuresFieldset disclosures={draft.disclosures} errors={errors} update={update} />}

      <StoreContactsFieldset contacts={draft.storeContacts} errors={errors} update={update} />

      <AutoFailFieldset
        items={autoFailInForce(draft)}
        errors={errors}
        onChange={(items) => {
          update(['autoFail'], items)
        }}
      />
    </form>
  )
}
