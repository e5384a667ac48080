import type { i18n as I18n, TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { TextArgs } from './contract'

/** The i18next namespace holding the server's catalogue (`GET /api/texts/{lang}`, docs/i18n.md). */
export const serverNs = 'server'

const labelMark = '#'

/** Loads the server catalogue for a language once; re-renders follow through react-i18next's store binding. */
export async function loadServerTexts(i18n: I18n, language: string): Promise<void> {
  const lng = language.startsWith('zh') ? 'zh' : 'en'
  if (i18n.hasResourceBundle(lng, serverNs)) {
    return
  }
  const response = await fetch(`/api/texts/${lng === 'zh' ? 'zh-CN' : 'en-US'}`)
  if (response.ok) {
    i18n.addResourceBundle(lng, serverNs, (await response.json()) as Record<string, string>, true, true)
  }
}

/**
 * Renders a server text from its key and arguments in the UI language; `fallback` (the server's own rendering) when
 * the key is absent or not in the catalogue yet. `#key` arguments are labels, lists of them joined the reader's way.
 */
export function renderServerText(t: TFunction, language: string, key: string | null | undefined, args: TextArgs | null | undefined, fallback: string): string {
  if (!key) {
    return fallback
  }
  const own = args ?? {}
  // Two passes: a nested message (an incident's headline) gets its own label arguments already translated.
  const resolved = resolveLabels(t, language, own, resolveLabels(t, language, own, own))
  const options = { ns: serverNs, keySeparator: false, nsSeparator: false, defaultValue: fallback, ...resolved } as const
  return t(key, options)
}

function resolveLabels(t: TFunction, language: string, values: TextArgs, labelArgs: TextArgs): Record<string, string> {
  const resolved: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) {
    resolved[name] = value.startsWith(labelMark) ? labelList(t, language, value, labelArgs) : value
  }
  return resolved
}

function labelList(t: TFunction, language: string, value: string, args: TextArgs): string {
  const items = value.split(',').map((item) => {
    if (!item.startsWith(labelMark)) {
      return item
    }
    const key = item.slice(1)
    const afterPrefix = key.startsWith('label.') ? key.slice('label.'.length) : key
    const dot = afterPrefix.indexOf('.')
    const asWritten = dot < 0 ? afterPrefix : afterPrefix.slice(dot + 1)
    return t(key, { ns: serverNs, keySeparator: false, nsSeparator: false, defaultValue: asWritten, ...args })
  })
  return items.join(language.startsWith('zh') ? '、' : ', ')
}

/** `text(key, args, fallback)` bound to the current UI language. */
export function useServerText(): (key: string | null | undefined, args: TextArgs | null | undefined, fallback: string) => string {
  const { t, i18n } = useTranslation(serverNs)
  const language = i18n.resolvedLanguage ?? i18n.language
  return (key, args, fallback) => renderServerText(t, language, key, args, fallback)
}
