import { useSyncExternalStore } from 'react'
import type { ConnectionState, EventMap, TypedHub } from './hub'

// Every open hub reports here so the app bar can show one connection indicator.

interface Reporter {
  path: string
  state: ConnectionState
}

const open = new Set<Reporter>()
const listeners = new Set<() => void>()
let summary: ConnectionSummary = { state: 'idle', hubs: [] }

export interface ConnectionSummary {
  /** The worst state among open hubs; `idle` when no view holds a live connection. */
  state: ConnectionState | 'idle'
  hubs: { path: string; state: ConnectionState }[]
}

const rank: Record<ConnectionState, number> = { connected: 0, connecting: 1, reconnecting: 2, disconnected: 3 }

export function summarize(hubs: readonly { path: string; state: ConnectionState }[]): ConnectionSummary {
  let worst: ConnectionState | 'idle' = 'idle'
  for (const hub of hubs) {
    if (worst === 'idle' || rank[hub.state] > rank[worst]) {
      worst = hub.state
    }
  }
  return { state: worst, hubs: hubs.map((h) => ({ path: h.path, state: h.state })) }
}

function publish(): void {
  summary = summarize([...open])
  listeners.forEach((listener) => {
    listener()
  })
}

export function reportHubState<TEvents extends EventMap, TMethods extends EventMap>(hub: TypedHub<TEvents, TMethods>): () => void {
  const reporter: Reporter = { path: hub.path, state: hub.state }
  open.add(reporter)
  publish()
  const unsubscribe = hub.onStateChange(() => {
    reporter.state = hub.state
    publish()
  })
  return () => {
    unsubscribe()
    open.delete(reporter)
    publish()
  }
}

export function useConnectionSummary(): ConnectionSummary {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    () => summary,
  )
}
