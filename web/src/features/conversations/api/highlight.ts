import type { Deduction, MessageView } from '@/lib/contract'

export type MarkKind = 'deduction' | 'hit' | 'pii'

export interface EvidenceMark {
  start: number
  length: number
  kind: MarkKind
  label: string
}

export interface Segment {
  text: string
  marks: EvidenceMark[]
}

const strength: Record<MarkKind, number> = { pii: 0, hit: 1, deduction: 2 }

/**
 * Cuts `text` at every mark boundary so overlapping evidence renders as nested-free spans.
 * Offsets are UTF-16 code units, the same unit .NET strings use, so server offsets index JS strings directly.
 */
export function segment(text: string, marks: readonly EvidenceMark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.start + m.length) }))
    .filter((m) => m.end > m.start)
  const cuts = new Set<number>([0, text.length])
  for (const m of valid) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0
    const to = points[i + 1] ?? 0
    const covering = valid
      .filter((m) => m.start <= from && m.end >= to)
      .map(({ start, length, kind, label }) => ({ start, length, kind, label }))
    const last = segments.at(-1)
    if (last?.marks.length === 0 && covering.length === 0) {
      last.text += text.slice(from, to)
    } else {
      segments.push({ text: text.slice(from, to), marks: covering })
    }
  }
  return segments
}

export function strongest(marks: readonly EvidenceMark[]): MarkKind | null {
  let best: MarkKind | null = null
  for (const m of marks) {
    if (best === null || strength[m.kind] > strength[best]) {
      best = m.kind
    }
  }
  return best
}

/** Evidence of one message: its deductions (also those the scorecard attributes to it), phrase hits and PII. */
export function marksFor(message: MessageView, scorecardDeductions: readonly Deduction[]): EvidenceMark[] {
  const marks: EvidenceMark[] = []
  const seen = new Set<string>()
  const deductions = [...message.analysis.deductions, ...scorecardDeductions.filter((d) => d.messageId === message.eventId)]
  for (const d of deductions) {
    if (d.start === null || d.start === undefined || d.length === null || d.length === undefined) {
      continue
    }
    const key = `${d.ruleId}:${d.start}:${d.length}`
    if (seen.has(key)) {
      continue
    }
    seen.add(key)
    marks.push({ start: d.start, length: d.length, kind: 'deduction', label: `${d.reason} (−${d.points})` })
  }
  for (const hit of message.analysis.hits) {
    marks.push({ start: hit.start, length: hit.length, kind: 'hit', label: `${hit.list}: ${hit.phrase}` })
  }
  for (const pii of message.analysis.pii) {
    marks.push({ start: pii.start, length: pii.length, kind: 'pii', label: pii.kind })
  }
  return marks
}

export interface Highlight {
  text: string
  kind: MarkKind | null
  labels: string[]
}

/**
 * Joins neighbouring pieces that render the same way (e.g. 全网最低价 hit by three overlapping phrases and one
 * deduction) into one highlight carrying every distinct label.
 */
export function highlights(text: string, marks: readonly EvidenceMark[]): Highlight[] {
  const result: Highlight[] = []
  for (const part of segment(text, marks)) {
    const kind = strongest(part.marks)
    const last = result.at(-1)
    if (last?.kind === kind) {
      last.text += part.text
      for (const m of part.marks) {
        if (!last.labels.includes(m.label)) {
          last.labels.push(m.label)
        }
      }
    } else {
      result.push({ text: part.text, kind, labels: [...new Set(part.marks.map((m) => m.label))] })
    }
  }
  return result
}
