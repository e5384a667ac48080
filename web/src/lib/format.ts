import i18next from 'i18next'

/** The app's language (or `language`) as an Intl locale: zh-CN or en-US; English before i18next starts. */
export function appLocale(language?: string): string {
  // i18next types its language as always set; it is undefined until init.
  const languages: (string | undefined)[] = [language, i18next.resolvedLanguage, i18next.language]
  return languages.find((l) => l !== undefined)?.startsWith('zh') ? 'zh-CN' : 'en-US'
}

/**
 * Seconds as a wallboard wait: `m:ss` (or `h:mm:ss`) in English, `3分05秒` (or `1小时02分05秒`) in Chinese.
 * The language is the app's unless given.
 */
export function formatDuration(totalSeconds: number | null | undefined, locale: string = appLocale()): string {
  if (totalSeconds === null || totalSeconds === undefined || !Number.isFinite(totalSeconds)) {
    return '–'
  }
  const seconds = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const ss = String(s).padStart(2, '0')
  if (locale.startsWith('zh')) {
    return h > 0 ? `${h}小时${String(m).padStart(2, '0')}分${ss}秒` : m > 0 ? `${m}分${ss}秒` : `${s}秒`
  }
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(digits)}%`
}

/** A figure: integers as they are, others with `digits` decimals; grouped the locale's way when a locale is given. */
export function formatNumber(value: number | null | undefined, digits = 1, locale?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–'
  }
  if (locale) {
    const fraction = Number.isInteger(value) ? 0 : digits
    return new Intl.NumberFormat(appLocale(locale), { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(value)
  }
  return Number.isInteger(value) ? String(value) : value.toFixed(digits)
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** "3 minutes ago" / "3分钟前" in the UI language. */
export function formatRelative(iso: string, now: number, locale: string): string {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) {
    return '–'
  }
  // The server's clock runs slightly ahead of the page's ticking one: never say 'in 1 second' of a past event.
  const diffSeconds = Math.min(0, Math.round((at - now) / 1000))
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(diffSeconds) >= size || unit === 'second') {
      return format.format(Math.trunc(diffSeconds / size), unit)
    }
  }
  return format.format(0, 'second')
}

export function formatAbsolute(iso: string, locale: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime())
    ? '–'
    : at.toLocaleString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

export function formatTime(iso: string, locale: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? '–' : at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/** Local calendar date as YYYY-MM-DD (the reports API's period format). */
export function isoDate(date: Date): string {
  const y = date.getFullYear()
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** `YYYY-MM-DD` as a local date (noon, so no time zone moves it to another day). */
export function parseIsoDate(value: string): Date {
  const [y = 1970, m = 1, d = 1] = value.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

/** A calendar day in the app's language (2026年11月30日 / Nov 30, 2026): a native date input follows the browser's. */
export function formatDay(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(parseIsoDate(value))
}
