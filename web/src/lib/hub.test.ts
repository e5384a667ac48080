import { HubConnectionState, type HubConnection } from '@microsoft/signalr'
import { describe, expect, it, vi } from 'vitest'
import { summarize } from './connection-registry'
import { TypedHub, foreverRetryPolicy, type FloorEvents, type FloorMethods } from './hub'
import { makeSnapshot } from './test-data'

/** A stand-in for @microsoft/signalr's HubConnection: records calls, lets a test push events and drops. */
class FakeConnection {
  state: HubConnectionState = HubConnectionState.Disconnected
  readonly handlers = new Map<string, ((...args: unknown[]) => void)[]>()
  readonly invoked: unknown[][] = []
  reconnecting: (() => void)[] = []
  reconnected: (() => void)[] = []
  closed: (() => void)[] = []
  failStarts = 0

  start = vi.fn(() => {
    if (this.failStarts > 0) {
      this.failStarts--
      return Promise.reject(new Error('down'))
    }
    this.state = HubConnectionState.Connected
    return Promise.resolve()
  })
  stop = vi.fn(() => {
    this.state = HubConnectionState.Disconnected
    return Promise.resolve()
  })
  on(name: string, handler: (...args: unknown[]) => void): void {
    this.handlers.set(name.toLowerCase(), [...(this.handlers.get(name.toLowerCase()) ?? []), handler])
  }
  off(name: string, handler: (...args: unknown[]) => void): void {
    this.handlers.set(name.toLowerCase(), (this.handlers.get(name.toLowerCase()) ?? []).filter((h) => h !== handler))
  }
  invoke(...args: unknown[]): Promise<void> {
    this.invoked.push(args)
    return Promise.resolve()
  }
  onreconnecting(cb: () => void): void {
    this.reconnecting.push(cb)
  }
  onreconnected(cb: () => void): void {
    this.reconnected.push(cb)
  }
  onclose(cb: () => void): void {
    this.closed.push(cb)
  }
  push(name: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(name.toLowerCase()) ?? []) {
      handler(...args)
    }
  }
}

function hubWith(fake: FakeConnection): TypedHub<FloorEvents, FloorMethods> {
  return new TypedHub<FloorEvents, FloorMethods>('/hubs/floor', fake as unknown as HubConnection)
}

describe('TypedHub', () => {
  it('delivers typed events and stops delivering after unsubscribe', async () => {
    const fake = new FakeConnection()
    const hub = hubWith(fake)
    const seen: string[] = []
    const off = hub.on('floorUpdated', (snapshot) => {
      seen.push(snapshot.at)
    })
    await hub.start()
    fake.push('floorUpdated', makeSnapshot({ at: 'first' }))
    off()
    fake.push('floorUpdated', makeSnapshot({ at: 'second' }))
    expect(seen).toEqual(['first'])
  })

  it('runs connected listeners on start and after every reconnect (to re-subscribe and resync)', async () => {
    const fake = new FakeConnection()
    const hub = hubWith(fake)
    const connected = vi.fn()
    hub.onConnected(connected)
    await hub.start()
    expect(hub.state).toBe('connected')
    fake.reconnecting.forEach((cb) => {
      cb()
    })
    expect(hub.state).toBe('reconnecting')
    fake.reconnected.forEach((cb) => {
      cb()
    })
    expect(hub.state).toBe('connected')
    expect(connected).toHaveBeenCalledTimes(2)
  })

  it('passes invoke arguments through', async () => {
    const fake = new FakeConnection()
    const hub = hubWith(fake)
    await hub.start()
    await hub.invoke('Subscribe', 'store-1', null)
    expect(fake.invoked).toEqual([['Subscribe', 'store-1', null]])
  })

  it('keeps retrying a first connect that fails', async () => {
    vi.useFakeTimers()
    try {
      const fake = new FakeConnection()
      fake.failStarts = 2
      const hub = hubWith(fake)
      const started = hub.start()
      await vi.advanceTimersByTimeAsync(5000)
      await started
      expect(fake.start).toHaveBeenCalledTimes(3)
      expect(hub.state).toBe('connected')
    } finally {
      vi.useRealTimers()
    }
  })

  it('gives up a start overtaken by a stop (React StrictMode mounts twice)', async () => {
    const fake = new FakeConnection()
    const hub = hubWith(fake)
    const first = hub.start()
    await hub.stop()
    await first
    await hub.start()
    expect(hub.state).toBe('connected')
    await hub.stop()
    expect(hub.state).toBe('disconnected')
    expect(fake.state).toBe(HubConnectionState.Disconnected)
  })
})

describe('foreverRetryPolicy', () => {
  it('retries at once, then backs off to 30 s and never gives up', () => {
    const delays = [0, 1, 2, 3, 10, 100].map((n) =>
      foreverRetryPolicy.nextRetryDelayInMilliseconds({ previousRetryCount: n, elapsedMilliseconds: 0, retryReason: new Error('x') }),
    )
    expect(delays).toEqual([0, 1000, 2000, 4000, 30_000, 30_000])
  })
})

describe('summarize', () => {
  it('reports the worst state among open hubs, idle when none', () => {
    expect(summarize([]).state).toBe('idle')
    expect(summarize([{ path: 'a', state: 'connected' }, { path: 'b', state: 'reconnecting' }]).state).toBe('reconnecting')
  })
})
