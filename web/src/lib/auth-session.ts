import type { TokenResponse } from './contract'

/** The signed-in user's bearer token, kept in localStorage so a wallboard survives a reload. */
export interface Session {
  name: string
  token: string
  expiresAt: string
}

const storageKey = 'realtime.session'
type Listener = () => void
const listeners = new Set<Listener>()
let current: Session | null = read()

function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage
}

function read(): Session | null {
  try {
    const raw = storage()?.getItem(storageKey)
    if (!raw) {
      return null
    }
    const parsed = JSON.parse(raw) as Partial<Session>
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string' || typeof parsed.name !== 'string') {
      return null
    }
    return isExpired(parsed.expiresAt) ? null : { name: parsed.name, token: parsed.token, expiresAt: parsed.expiresAt }
  } catch {
    return null
  }
}

export function isExpired(expiresAt: string, now: number = Date.now()): boolean {
  const at = Date.parse(expiresAt)
  return Number.isNaN(at) || at <= now
}

export function getSession(): Session | null {
  if (current && isExpired(current.expiresAt)) {
    setSession(null)
  }
  return current
}

export function getToken(): string | null {
  return getSession()?.token ?? null
}

export function startSession(name: string, response: TokenResponse): void {
  setSession({ name, token: response.token, expiresAt: response.expiresAt })
}

export function setSession(session: Session | null): void {
  current = session
  try {
    if (session) {
      storage()?.setItem(storageKey, JSON.stringify(session))
    } else {
      storage()?.removeItem(storageKey)
    }
  } catch {
    // Storage can be unavailable (private mode); the in-memory session still works.
  }
  listeners.forEach((listener) => {
    listener()
  })
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
