import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { createHub, type ConnectionState, type EventMap, type HubFor, type HubPath, type TypedHub } from './hub'
import { reportHubState } from './connection-registry'

export interface HubHandle<P extends HubPath> {
  hub: HubFor<P> | null
  state: ConnectionState
}

/** Opens one hub connection for the lifetime of the calling component. */
export function useHub<P extends HubPath>(path: P, enabled = true): HubHandle<P> {
  // Building a connection object does not connect; the effect starts it and stops it on unmount.
  const hub = useMemo(() => (enabled ? createHub(path) : null), [path, enabled])
  useEffect(() => {
    if (!hub) {
      return undefined
    }
    const unreport = reportHubState(hub)
    void hub.start()
    return () => {
      unreport()
      void hub.stop()
    }
  }, [hub])
  const state = useSyncExternalStore(
    (listener) => (hub ? hub.onStateChange(listener) : () => undefined),
    () => hub?.state ?? 'disconnected',
  )
  return { hub, state }
}

/** Registers a handler for one server→client method; the latest handler is always the one called. */
export function useHubEvent<TEvents extends EventMap, TMethods extends EventMap, K extends keyof TEvents & string>(
  hub: TypedHub<TEvents, TMethods> | null,
  name: K,
  handler: (...args: TEvents[K]) => void,
): void {
  const ref = useRef(handler)
  useEffect(() => {
    ref.current = handler
  })
  useEffect(() => {
    if (!hub) {
      return undefined
    }
    return hub.on(name, (...args: TEvents[K]) => {
      ref.current(...args)
    })
  }, [hub, name])
}

/** Runs on connect and on every reconnect: re-subscribe to groups and resync from REST there. */
export function useHubConnected<TEvents extends EventMap, TMethods extends EventMap>(
  hub: TypedHub<TEvents, TMethods> | null,
  onConnected: () => void,
): void {
  const ref = useRef(onConnected)
  useEffect(() => {
    ref.current = onConnected
  })
  useEffect(() => {
    if (!hub) {
      return undefined
    }
    return hub.onConnected(() => {
      ref.current()
    })
  }, [hub])
}
