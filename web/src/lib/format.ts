/** Seconds as `m:ss` (or `h:mm:ss`), the way wallboards show waits. */
export function formatDuration(totalSeconds: number | null | undefined): string {
  if (totalSeconds === null || totalSeconds === undefined || !Number.isFinite(totalSeconds)) {
    return '–'
  }
  const seconds = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(digits)}%`
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '–'
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
