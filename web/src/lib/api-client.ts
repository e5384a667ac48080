import { getToken, setSession } from './auth-session'
import type { ProblemDetails } from './contract'
import { appLocale } from './format'

/** A non-2xx answer, carrying the problem+json body when the server sent one. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetails | null

  constructor(status: number, problem: ProblemDetails | null, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  accept?: string
  signal?: AbortSignal
  /** Skip the bearer token (the login call). */
  anonymous?: boolean
}

export type QueryValue = string | number | null | undefined

/** Builds `/api/...?a=1` leaving out empty values. */
export function apiPath(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      params.set(key, String(value))
    }
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: options.accept ?? 'application/json' })
  // The server writes its texts (problem details, CSV headers) in the app's language, not the browser's.
  headers.set('Accept-Language', appLocale())
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
  }
  const token = options.anonymous ? null : getToken()
  if (token) {
    headers.set('Authorization', `Bearer ${token}`)
  }
  const init: RequestInit = { method: options.method ?? 'GET', headers }
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body)
  }
  if (options.signal) {
    init.signal = options.signal
  }
  const response = await fetch(path, init)
  if (!response.ok) {
    if (response.status === 401 && !options.anonymous) {
      setSession(null)
    }
    throw new ApiError(response.status, await readProblem(response), `${response.status} ${response.statusText}`)
  }
  return response
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) {
    return null
  }
  try {
    return (await response.json()) as ProblemDetails
  } catch {
    return null
  }
}

/** Calls the API and parses the JSON answer as `T` (the contract types mirror the server's records). */
export async function apiJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options)
  if (response.status === 204) {
    return undefined as T
  }
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await send(path, options)
  return response.blob()
}

/** A list answer with the server's `X-Total-Count` (how many matched, beyond this page). */
export interface ListAnswer<T> {
  items: T[]
  total: number
}

export async function apiList<T>(path: string, options: RequestOptions = {}): Promise<ListAnswer<T>> {
  const response = await send(path, options)
  const items = (await response.json()) as T[]
  const header = Number(response.headers.get('X-Total-Count'))
  return { items, total: Number.isFinite(header) && response.headers.has('X-Total-Count') ? header : items.length }
}
