import { useTranslation } from 'react-i18next'

export type LabelKind =
  | 'topic'
  | 'sentiment'
  | 'language'
  | 'platform'
  | 'channel'
  | 'pii'
  | 'disclosure'
  | 'conversationStatus'
  | 'role'
  | 'scope'
  | 'column'

/** `label(kind, value)`: the UI-language label of an enum-like value; the value itself when it has none (a store's own name). */
export function useLabel(): (kind: LabelKind, value: string | null | undefined) => string {
  const { t } = useTranslation()
  return (kind, value) => (value === null || value === undefined || value === '' ? '–' : t(`labels.${kind}.${value}`, { defaultValue: value }))
}

/** A message tag (`banned`, `pii.phone`, `disclosure.refund_return.returnAddress`) as the reader's label. */
export function useTagLabel(): (tag: string) => string {
  const { t } = useTranslation()
  return (tag) => {
    if (tag.startsWith('pii.')) {
      return t(`labels.pii.${tag.slice(4)}`, { defaultValue: tag })
    }
    if (tag.startsWith('disclosure.')) {
      const name = tag.slice(tag.lastIndexOf('.') + 1)
      return t(`labels.disclosure.${name}`, { defaultValue: name })
    }
    return t(`rules.list.${tag}`, { defaultValue: tag })
  }
}
