import type { Ruleset, StoreContacts } from '@/lib/contract'
import { autoFailItems, phraseListNames, storeContactNames } from '@/lib/contract'

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

/** The ruleset to send: every list's lines trimmed, blank lines dropped; optional lists never touched stay absent. */
export function cleanRuleset(draft: Ruleset): Ruleset {
  const phrases = { ...draft.phrases }
  for (const name of phraseListNames) {
    phrases[name] = cleanLines(draft.phrases[name])
  }
  const cleaned: Ruleset = {
    ...draft,
    phrases,
    disclosures: draft.disclosures.map((d) => ({
      ...d,
      required: d.required.map((r) => ({ ...r, anyOf: cleanLines(r.anyOf) })),
      ...(d.appliesWhen == null ? {} : { appliesWhen: cleanLines(d.appliesWhen) }),
      ...(d.notWhen == null ? {} : { notWhen: cleanLines(d.notWhen) }),
    })),
  }
  if (draft.storeContacts != null) {
    const contacts = { ...draft.storeContacts }
    for (const name of storeContactNames) {
      contacts[name] = cleanLines(draft.storeContacts[name])
    }
    cleaned.storeContacts = contacts satisfies StoreContacts
  }
  return cleaned
}

function cleanLines(lines: readonly string[] | null | undefined): string[] {
  return (lines ?? []).map((line) => line.trim()).filter((line) => line.length > 0)
}

/** The auto-fail items in force: the ruleset's list, or the server's default (all items) when it has none. */
export function autoFailInForce(ruleset: Ruleset): readonly string[] {
  return ruleset.autoFail ?? autoFailItems
}

/** `autoFail` with `item` switched on or off: known items in the server's order, unknown ones kept after them. */
export function toggleAutoFail(current: readonly string[], item: string, on: boolean): string[] {
  const known: readonly string[] = autoFailItems
  const picked = known.filter((i) => (i === item ? on : current.includes(i)))
  const unknown = current.filter((i) => !known.includes(i) && (i !== item || on))
  return [...picked, ...unknown]
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
