import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, apiJson, apiPath } from './api-client'
import { getToken, startSession } from './auth-session'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stubFetch(response: Response): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(() => Promise.resolve(response))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('apiPath', () => {
  it('leaves out empty query values', () => {
    expect(apiPath('/api/floor', { storeId: 'store-1', teamId: null, x: '' })).toBe('/api/floor?storeId=store-1')
    expect(apiPath('/api/floor')).toBe('/api/floor')
  })
})

describe('apiJson', () => {
  it('sends the bearer token and JSON body', async () => {
    startSession('lead', { token: 'tok-1', expiresAt: '2999-01-01T00:00:00Z' })
    const fetchMock = stubFetch(new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'Content-Type': 'application/json' } }))
    await expect(apiJson('/api/alerts/a/ack', { method: 'POST', body: { note: 'n' } })).resolves.toEqual({ ok: true })
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    const headers = init.headers as Headers
    expect(headers.get('Authorization')).toBe('Bearer tok-1')
    expect(init.body).toBe('{"note":"n"}')
  })

  it('turns a validation problem into an ApiError carrying the field errors', async () => {
    const problem = { title: 'One or more validation errors occurred.', status: 400, errors: { 'sla.firstResponseWarnSeconds': ['too big'] } }
    stubFetch(new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }))
    const error = await apiJson('/api/rulesets/store-1', { method: 'PUT', body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
    expect((error as ApiError).problem?.errors).toEqual(problem.errors)
  })

  it('ends the session on 401', async () => {
    startSession('lead', { token: 'tok-2', expiresAt: '2999-01-01T00:00:00Z' })
    stubFetch(new Response('', { status: 401 }))
    await expect(apiJson('/api/floor')).rejects.toBeInstanceOf(ApiError)
    expect(getToken()).toBeNull()
  })

  it('answers undefined for 204', async () => {
    stubFetch(new Response(null, { status: 204 }))
    await expect(apiJson('/api/alerts/a/resolve', { method: 'POST' })).resolves.toBeUndefined()
  })
})
