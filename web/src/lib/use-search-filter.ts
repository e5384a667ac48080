import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { StoreTeam } from './components/StoreTeamFilter'

/** Keeps the store/team filter in the URL so a wallboard link can be bookmarked on a TV. */
export function useSearchFilter(): [StoreTeam, (next: StoreTeam) => void] {
  const [params, setParams] = useSearchParams()
  const value: StoreTeam = { storeId: params.get('storeId'), teamId: params.get('teamId') }
  const onChange = useCallback(
    (next: StoreTeam) => {
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev)
          const entries: [string, string | null][] = [
            ['storeId', next.storeId],
            ['teamId', next.teamId],
          ]
          for (const [key, v] of entries) {
            if (v) {
              copy.set(key, v)
            } else {
              copy.delete(key)
            }
          }
          return copy
        },
        { replace: true },
      )
    },
    [setParams],
  )
  return [value, onChange]
}
