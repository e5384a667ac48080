import { useQuery } from '@tanstack/react-query'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { storesQueryOptions } from '../stores'

export interface StoreTeam {
  storeId: string | null
  teamId: string | null
}

export function StoreTeamFilter({ value, onChange }: { value: StoreTeam; onChange: (next: StoreTeam) => void }): JSX.Element {
  const { t } = useTranslation()
  const stores = useQuery(storesQueryOptions())
  const store = stores.data?.find((s) => s.storeId === value.storeId)
  const teams = store ? store.teams : uniqueTeams(stores.data ?? [])
  return (
    <div className="filter" role="group" aria-label={`${t('filter.store')} / ${t('filter.team')}`}>
      <label>
        {t('filter.store')}
        <select
          value={value.storeId ?? ''}
          onChange={(e) => {
            onChange({ storeId: e.target.value || null, teamId: value.teamId })
          }}
        >
          <option value="">{t('filter.all')}</option>
          {(stores.data ?? []).map((s) => (
            <option key={s.storeId} value={s.storeId}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.team')}
        <select
          value={value.teamId ?? ''}
          onChange={(e) => {
            onChange({ storeId: value.storeId, teamId: e.target.value || null })
          }}
        >
          <option value="">{t('filter.all')}</option>
          {teams.map((team) => (
            <option key={team.teamId} value={team.teamId}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

function uniqueTeams(stores: readonly { teams: { teamId: string; name: string }[] }[]): { teamId: string; name: string }[] {
  const seen = new Map<string, { teamId: string; name: string }>()
  for (const store of stores) {
    for (const team of store.teams) {
      if (!seen.has(team.teamId)) {
        seen.set(team.teamId, team)
      }
    }
  }
  return [...seen.values()]
}
