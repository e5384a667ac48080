import {
  HubConnectionBuilder,
  HubConnectionState,
  LogLevel,
  type HubConnection,
  type IRetryPolicy,
  type RetryContext,
} from '@microsoft/signalr'
import type { Alert, FloorSnapshot, Hint, Incident } from './contract'
import { getToken } from './auth-session'

// The one place that touches the untyped SignalR client. Event maps mirror the server's typed hub
// client interfaces (IFloorClient, IOncallClient, IAgentClient): name -> argument tuple.

export type EventMap = Record<string, unknown[]>

export interface FloorEvents extends EventMap {
  floorUpdated: [snapshot: FloorSnapshot]
  alertRaised: [alert: Alert]
  alertUpdated: [alert: Alert]
  incidentUpdated: [incident: Incident]
}

export interface FloorMethods extends EventMap {
  Subscribe: [storeId: string | null, teamId: string | null]
}

export interface OncallEvents extends EventMap {
  escalationRaised: [alert: Alert]
  alertUpdated: [alert: Alert]
  incidentUpdated: [incident: Incident]
}

export interface AgentEvents extends EventMap {
  hint: [hint: Hint]
}

export type NoMethods = Record<string, never>

export interface HubPaths {
  '/hubs/floor': { events: FloorEvents; methods: FloorMethods }
  '/hubs/oncall': { events: OncallEvents; methods: NoMethods }
  '/hubs/agent': { events: AgentEvents; methods: NoMethods }
}

export type HubPath = keyof HubPaths

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected'

/** Retries forever, backing off to 30 s: a wallboard on a TV must come back by itself. */
export const foreverRetryPolicy: IRetryPolicy = {
  nextRetryDelayInMilliseconds(context: RetryContext): number {
    return context.previousRetryCount === 0 ? 0 : Math.min(30_000, 1000 * 2 ** (context.previousRetryCount - 1))
  },
}

type Listener = () => void

export class TypedHub<TEvents extends EventMap, TMethods extends EventMap> {
  readonly path: string
  private readonly connection: HubConnection
  private currentState: ConnectionState = 'disconnected'
  /** Bumped by every start/stop, so a start overtaken by a stop (React StrictMode) gives up. */
  private generation = 0
  private wanted = false
  private pendingStop: Promise<void> = Promise.resolve()
  private readonly stateListeners = new Set<Listener>()
  private readonly connectedListeners = new Set<Listener>()

  constructor(path: string, connection?: HubConnection) {
    this.path = path
    this.connection =
      connection ??
      new HubConnectionBuilder()
        .withUrl(path, { accessTokenFactory: () => getToken() ?? '' })
        .withAutomaticReconnect(foreverRetryPolicy)
        .configureLogging(LogLevel.Warning)
        .build()
    this.connection.onreconnecting(() => {
      this.setState('reconnecting')
    })
    this.connection.onreconnected(() => {
      this.setState('connected')
      this.notifyConnected()
    })
    this.connection.onclose(() => {
      this.setState('disconnected')
      if (this.isWanted()) {
        void this.start()
      }
    })
  }

  get state(): ConnectionState {
    return this.currentState
  }

  on<K extends keyof TEvents & string>(name: K, handler: (...args: TEvents[K]) => void): () => void {
    const untyped = handler as (...args: unknown[]) => void
    this.connection.on(name, untyped)
    return () => {
      this.connection.off(name, untyped)
    }
  }

  async invoke<K extends keyof TMethods & string>(name: K, ...args: TMethods[K]): Promise<void> {
    await this.connection.invoke(name, ...args)
  }

  /** Runs on the first connect and after every reconnect (a new connection id has no groups yet). */
  onConnected(listener: Listener): () => void {
    this.connectedListeners.add(listener)
    if (this.currentState === 'connected') {
      listener()
    }
    return () => {
      this.connectedListeners.delete(listener)
    }
  }

  onStateChange(listener: Listener): () => void {
    this.stateListeners.add(listener)
    return () => {
      this.stateListeners.delete(listener)
    }
  }

  /** Starts and keeps retrying the first connect; automatic reconnect takes over once connected. */
  async start(): Promise<void> {
    const generation = ++this.generation
    this.wanted = true
    await this.pendingStop
    for (let attempt = 0; this.isCurrent(generation); attempt++) {
      if (this.connection.state !== HubConnectionState.Disconnected) {
        return
      }
      this.setState('connecting')
      try {
        await this.connection.start()
        if (!this.isCurrent(generation)) {
          return
        }
        this.setState('connected')
        this.notifyConnected()
        return
      } catch {
        if (!this.isCurrent(generation)) {
          return
        }
        this.setState('disconnected')
        await delay(Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5)))
      }
    }
  }

  async stop(): Promise<void> {
    this.generation++
    this.wanted = false
    // Stopping during negotiation rejects the pending start; the connection is down either way.
    this.pendingStop = this.connection.stop().catch(() => undefined)
    await this.pendingStop
    this.setState('disconnected')
  }

  private isCurrent(generation: number): boolean {
    return this.generation === generation
  }

  private isWanted(): boolean {
    return this.wanted
  }

  private setState(state: ConnectionState): void {
    if (this.currentState === state) {
      return
    }
    this.currentState = state
    this.stateListeners.forEach((listener) => {
      listener()
    })
  }

  private notifyConnected(): void {
    this.connectedListeners.forEach((listener) => {
      listener()
    })
  }
}

export type HubFor<P extends HubPath> = TypedHub<HubPaths[P]['events'], HubPaths[P]['methods']>

export function createHub<P extends HubPath>(path: P): HubFor<P> {
  return new TypedHub<HubPaths[P]['events'], HubPaths[P]['methods']>(path)
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
