import type { Alert, ReportRow } from '@/lib/contract'

export type SortDirection = 'asc' | 'desc'

/**
 * Flattens one server row for the generic table: nested objects become dotted columns
 * (`dimensionAverages.courtesy`), lists are left out.
 */
export function flattenRow(raw: Record<string, unknown>, prefix = '', into: ReportRow = {}): ReportRow {
  for (const [key, value] of Object.entries(raw)) {
    const column = prefix ? `${prefix}.${key}` : key
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      into[column] = value
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      flattenRow(value as Record<string, unknown>, column, into)
    }
  }
  return into
}

/** Column names in first-seen order over all rows (rows may omit null fields). */
export function columnsOf(rows: readonly ReportRow[]): string[] {
  const seen = new Set<string>()
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      seen.add(key)
    }
  }
  return [...seen]
}

export function isNumericColumn(rows: readonly ReportRow[], column: string): boolean {
  let any = false
  for (const row of rows) {
    const value = row[column]
    if (value === null || value === undefined) {
      continue
    }
    if (typeof value !== 'number') {
      return false
    }
    any = true
  }
  return any
}

/** The column that names the row (agentId, agent, name…), used as the chart's category axis. */
export function labelColumn(rows: readonly ReportRow[]): string | null {
  const columns = columnsOf(rows)
  return (
    columns.find((c) => /^agent(id)?$/i.test(c)) ??
    columns.find((c) => /agent|name/i.test(c) && !isNumericColumn(rows, c)) ??
    columns.find((c) => !isNumericColumn(rows, c)) ??
    null
  )
}

function compareValues(a: ReportRow[string] | undefined, b: ReportRow[string] | undefined): number {
  const aMissing = a === null || a === undefined
  const bMissing = b === null || b === undefined
  if (aMissing || bMissing) {
    return aMissing === bMissing ? 0 : aMissing ? 1 : -1
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b
  }
  return String(a).localeCompare(String(b), undefined, { numeric: true })
}

/** Stable sort; empty values always last whatever the direction. */
export function sortRows(rows: readonly ReportRow[], column: string, direction: SortDirection): ReportRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[column]
      const b = y.row[column]
      const aMissing = a === null || a === undefined
      const bMissing = b === null || b === undefined
      if (aMissing || bMissing) {
        return compareValues(a, b) || x.index - y.index
      }
      const order = compareValues(a, b)
      return (direction === 'asc' ? order : -order) || x.index - y.index
    })
    .map(({ row }) => row)
}

/** Every calendar day from `from` to `to` inclusive (YYYY-MM-DD), at most `max`. */
export function daysBetween(from: string, to: string, max = 31): string[] {
  const start = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) {
    return []
  }
  const days: string[] = []
  for (let at = start; at <= end && days.length < max; at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10))
  }
  return days
}

export function meanOf(rows: readonly ReportRow[], column: string): number | null {
  const values = rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length
}

/** The trend columns: SLA attainment and QA score, whatever the server calls them. */
export function trendColumns(rows: readonly ReportRow[]): string[] {
  const numeric = columnsOf(rows).filter((c) => isNumericColumn(rows, c))
  const sla = numeric.find((c) => /sla/i.test(c) && /(attain|percent|rate|pct)/i.test(c)) ?? numeric.find((c) => /sla/i.test(c))
  const qa = numeric.find((c) => /qa/i.test(c) && /score/i.test(c)) ?? numeric.find((c) => /score/i.test(c))
  return [sla, qa].filter((c): c is string => c !== undefined)
}

export function countByKind(alerts: readonly Alert[], from: string, to: string): { kind: string; count: number }[] {
  const start = Date.parse(`${from}T00:00:00`)
  const end = Date.parse(`${to}T23:59:59.999`)
  const counts = new Map<string, number>()
  for (const alert of alerts) {
    const at = Date.parse(alert.raisedAt)
    if (at >= start && at <= end) {
      counts.set(alert.kind, (counts.get(alert.kind) ?? 0) + 1)
    }
  }
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count)
}
