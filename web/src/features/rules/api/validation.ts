import type { Ruleset } from '@/lib/contract'
import { phraseListNames } from '@/lib/contract'

/**
 * ASP.NET names invalid fields in several spellings (`Sla.FirstResponseWarnSeconds`, `$.sla.firstResponseWarnSeconds`,
 * `phrases.banned[2]`); bring them all to the editor's camelCase paths.
 */
export function normalizeErrorKey(key: string): string {
  return key
    .replace(/^\$\.?/, '')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join('.')
}

export type FieldErrors = ReadonlyMap<string, readonly string[]>

export function toFieldErrors(errors: Record<string, readonly string[]> | undefined): FieldErrors {
  const map = new Map<string, string[]>()
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const path = normalizeErrorKey(key)
    map.set(path, [...(map.get(path) ?? []), ...messages])
  }
  return map
}

/** The messages for a field: its own, and those of its items (`phrases.banned[3]` shows at `phrases.banned`). */
export function errorsAt(errors: FieldErrors, path: string): string[] {
  const found: string[] = []
  for (const [key, messages] of errors) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) {
      found.push(...messages)
    }
  }
  return found
}

/** The ruleset to send: phrase lines trimmed, blank lines dropped. */
export function cleanRuleset(draft: Ruleset): Ruleset {
  const phrases = { ...draft.phrases }
  for (const name of phraseListNames) {
    phrases[name] = cleanLines(draft.phrases[name])
  }
  return {
    ...draft,
    phrases,
    disclosures: draft.disclosures.map((d) => ({ ...d, required: d.required.map((r) => ({ ...r, anyOf: cleanLines(r.anyOf) })) })),
  }
}

function cleanLines(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).map((line) => line.trim()).filter((line) => line.length > 0)
}

/** Immutable update of one nested value; `path` uses the same dotted/indexed form as the server's error keys. */
export function setAt<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) {
    return value as T
  }
  const [head, ...rest] = path
  if (Array.isArray(root)) {
    const copy: unknown[] = [...(root as unknown[])]
    copy[head as number] = setAt(copy[head as number], rest, value)
    return copy as T
  }
  const record = (root ?? {}) as Record<string, unknown>
  return { ...record, [head as string]: setAt(record[head as string], rest, value) } as T
}

/** The DOM id of the control editing `path`, so the error summary can link to it. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`
}
