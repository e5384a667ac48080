import { useQuery } from '@tanstack/react-query'
import type { JSX } from 'react'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { storesQueryOptions } from '@/lib/stores'
import { rulesetQueryOptions, useSaveRuleset } from '../api/get-ruleset'
import { RulesForm } from './RulesForm'

export function RulesEditorPage(): JSX.Element {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const stores = useQuery(storesQueryOptions())
  const storeId = params.get('storeId') ?? stores.data?.[0]?.storeId ?? null
  const ruleset = useQuery({ ...rulesetQueryOptions(storeId ?? ''), enabled: storeId !== null })
  const save = useSaveRuleset(storeId ?? '')

  return (
    <div className="rules">
      <div className="toolbar">
        <h1>{t('rules.title')}</h1>
        <label>
          {t('rules.store')}
          <select
            value={storeId ?? ''}
            data-testid="rules-store"
            onChange={(e) => {
              save.reset()
              setParams({ storeId: e.target.value }, { replace: true })
            }}
          >
            {(stores.data ?? []).map((s) => (
              <option key={s.storeId} value={s.storeId}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {ruleset.data ? (
        <RulesForm key={`${ruleset.data.storeId}:${ruleset.data.version}`} ruleset={ruleset.data} save={save} />
      ) : (
        <QueryStatus error={ruleset.error ?? stores.error} onRetry={() => void ruleset.refetch()} />
      )}
    </div>
  )
}
