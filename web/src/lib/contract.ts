import type { components } from './api.gen'

/** Arguments of a server text (docs/i18n.md): values as strings; `#key` values are catalogue labels. */
export type TextArgs = Record<string, string>

type Schemas = components['schemas']

// TypeScript mirror of src/Realtime.Contracts (camelCase JSON). Dates travel as ISO 8601 strings. Types that match the
// server's OpenAPI document exactly are taken from it (api.gen.ts, generated in the build); the rest narrow it by hand.

export type Severity = 'info' | 'warning' | 'critical'
export type AlertStatus = 'open' | 'acknowledged' | 'resolved'

export const alertKinds = [
  'sla.warning',
  'sla.breach',
  'repeat.contact',
  'complaint.risk',
  'negative.sentiment',
  'banned.term',
  'rude.language',
  'pii.leak',
  'missing.disclosure',
  'qa.low.score',
  'escalation',
] as const

export type AlertKind = (typeof alertKinds)[number]

export type AlertNote = Schemas['AlertNote']

export interface Alert {
  alertId: string
  /** One of {@link alertKinds}; kept as string because the contract may add kinds. */
  kind: string
  severity: Severity
  status: AlertStatus
  conversationId?: string | null
  agentId?: string | null
  customerId?: string | null
  storeId: string
  teamId?: string | null
  raisedAt: string
  message: string
  evidence?: string | null
  /** The catalogue key `message` renders (docs/i18n.md); rendered here in the UI language. */
  messageKey?: string | null
  args?: TextArgs | null
  evidenceKey?: string | null
  evidenceArgs?: TextArgs | null
  ruleId?: string | null
  escalatedAlertId?: string | null
  acknowledgedAt?: string | null
  acknowledgedBy?: string | null
  resolvedAt?: string | null
  resolvedBy?: string | null
  /** Why the system resolved it (resolvedBy "system"), e.g. answered, supersededByBreach, closedWell. */
  resolvedReason?: string | null
  incidentId?: string | null
  /** On escalation pushes only: the level reached. */
  escalationLevel?: number | null
  history?: AlertNote[]
}

export type IncidentSubject = Schemas['IncidentSubject']

/** One actionable item per problem: the alerts of a conversation (or a customer, for repeat.contact). */
export interface Incident {
  incidentId: string
  subject: IncidentSubject
  storeId: string
  teamId?: string | null
  agentId?: string | null
  severity: Severity
  status: AlertStatus
  openedAt: string
  updatedAt: string
  escalated: boolean
  escalationLevel: number
  summary: string
  summaryKey: string
  summaryArgs: Record<string, string>
  /** Newest first. */
  alerts: Alert[]
  history: AlertNote[]
}

export interface AlertAction {
  note: string | null
}

export interface FloorKpis {
  openConversations: number
  waiting: number
  longestWaitSeconds: number
  slaAttainmentPercent: number | null
  openAlertsBySeverity: Partial<Record<Severity, number>>
  /** Open incidents (one per conversation or customer) by severity. */
  openIncidentsBySeverity?: Partial<Record<Severity, number>>
  csatToday: number | null
  messagesToday: number
  conversationsToday: number
}

export type AgentStatus = 'online' | 'busy' | 'away' | 'offline'

export interface AgentTile {
  agentId: string
  status: AgentStatus
  teamId?: string | null
  storeId?: string | null
  load: number
  longestWaitSeconds: number
  breachesToday: number
  alertsToday: number
}

export interface RiskConversation {
  conversationId: string
  agentId?: string | null
  customerId?: string | null
  storeId: string
  teamId?: string | null
  reason: string
  severity: Severity
  waitingSeconds: number
  lastActivityAt: string
}

export interface FloorSnapshot {
  storeId?: string | null
  teamId?: string | null
  at: string
  kpis: FloorKpis
  agents: AgentTile[]
  riskConversations: RiskConversation[]
  openAlerts: Alert[]
}

export interface Deduction {
  ruleId: string
  dimension: string
  points: number
  reason: string
  evidence?: string | null
  messageKey?: string | null
  args?: TextArgs | null
  evidenceKey?: string | null
  evidenceArgs?: TextArgs | null
  start?: number | null
  length?: number | null
  messageId?: string | null
}

export type PhraseHit = Schemas['PhraseHit']

export type PiiHit = Schemas['PiiHit']

export interface MessageAnalysis {
  language: string
  maskedText: string
  tags: string[]
  hits: PhraseHit[]
  pii: PiiHit[]
  deductions: Deduction[]
  sentiment?: string | null
  sentimentConfidence?: number | null
  topic?: string | null
  topicConfidence?: number | null
  complaintRisk?: number | null
}

export type Sender = 'customer' | 'agent' | 'bot' | 'system'

export interface MessageView {
  eventId: string
  occurredAt: string
  sender: Sender
  agentId?: string | null
  text: string
  analysis: MessageAnalysis
}

export type SlaWaitStatus = 'waiting' | 'met' | 'warning' | 'breached'

export interface SlaWait {
  kind: 'firstResponse' | 'nextResponse'
  startedAt: string
  answeredAt?: string | null
  seconds: number
  status: SlaWaitStatus
  agentId?: string | null
  explanation?: string | null
  messageKey?: string | null
  args?: TextArgs | null
}

export type MoodPoint = Schemas['MoodPoint']

export interface Scorecard {
  final: boolean
  role: string
  rulesetVersion: number
  dimensions: Record<string, number>
  weights: Record<string, number>
  total: number
  deductions: Deduction[]
  /** Critical items hit (ruleset `autoFail`); any of them caps the total below the low-score threshold. */
  autoFail?: AutoFailHit[]
}

export type AutoFailHit = Schemas['AutoFailHit']

export interface ConversationView {
  conversationId: string
  storeId: string
  teamId?: string | null
  platform?: string | null
  channel?: string | null
  customerId?: string | null
  agentId?: string | null
  agentHistory: string[]
  agentRole?: string | null
  startedAt?: string | null
  closedAt?: string | null
  status: string
  csat?: number | null
  rulesetVersion: number
  messages: MessageView[]
  slaTimeline: SlaWait[]
  moodTrajectory: MoodPoint[]
  alerts: Alert[]
  scorecard: Scorecard
}

export interface StatusSpan {
  status: string
  from: string
  to?: string | null
}

export interface AgentDayFigures {
  date: string
  conversations: number
  messages: number
  averageFirstResponseSeconds?: number | null
  p90FirstResponseSeconds?: number | null
  breaches: number
  alerts: number
  closedConversations: number
  averageQaScore?: number | null
  secondsByStatus: Record<string, number>
}

export interface AgentView {
  agentId: string
  status: AgentStatus
  statusSince?: string | null
  role?: string | null
  teamId?: string | null
  storeId?: string | null
  openConversations: string[]
  today: AgentDayFigures
  statusTimeline: StatusSpan[]
}

/** A row of <c>GET /api/agents/{id}/conversations</c>. */
export interface AgentConversationSummary {
  conversationId: string
  customerId?: string | null
  status: string
  startedAt?: string | null
  lastActivityAt?: string | null
  waitingSeconds?: number | null
  breaches?: number | null
  alerts?: number | null
  score?: number | null
}

export interface Contact {
  conversationId: string
  at: string
  storeId: string
  platform?: string | null
}

export interface RepeatContactState {
  count: number
  windowHours: number
  severity: Severity
  contactsInWindow: number
  raised: boolean
  alertId?: string | null
}

export interface CustomerView {
  customerId: string
  contacts: Contact[]
  repeatContact: RepeatContactState[]
}

export interface Hint {
  conversationId: string
  kind: string
  severity: Severity
  text: string
  at: string
  ruleId?: string | null
  /** Stable per conversation and condition; a push with the same id and retiredAt set retires it. */
  hintId?: string | null
  raisedAt?: string
  retiredAt?: string | null
  messageKey?: string | null
  args?: TextArgs | null
}

export interface SlaThresholds {
  firstResponseWarnSeconds: number
  firstResponseBreachSeconds: number
  nextResponseWarnSeconds: number
  nextResponseBreachSeconds: number
  botRepliesCount?: boolean
  [extra: string]: unknown
}

export interface RepeatContactRule {
  count: number
  windowHours: number
  severity: Severity
}

export interface EscalationPolicy {
  ackTimeoutSeconds: number
  [extra: string]: unknown
}

export const phraseListNames = ['greeting', 'closing', 'apology', 'banned', 'rude', 'complaintThreat', 'dismissive', 'customerAbuse', 'exceptions'] as const
export type PhraseListName = (typeof phraseListNames)[number]

export type PhraseLists = Record<PhraseListName, string[]> & Record<string, unknown>

export type RequiredDisclosure = Schemas['RequiredDisclosure']

export type DisclosureRule = Schemas['DisclosureRule']

/** The store's own contact data: not a personal-data leak; a listed return address counts as that disclosure. */
export interface StoreContacts {
  returnAddresses: string[]
  phones: string[]
  emails: string[]
}

export const storeContactNames = ['returnAddresses', 'phones', 'emails'] as const
export type StoreContactName = (typeof storeContactNames)[number]

/** The critical items a ruleset may list in `autoFail` (RuleIds.AutoFailItems on the server). */
export const autoFailItems = ['phrase.rude', 'pii.leak', 'csat.lowUpset', 'sla.breachWithMissingDisclosure', 'courtesy.brushOffUpset'] as const
export type AutoFailItem = (typeof autoFailItems)[number]

export const dimensionNames = ['responsiveness', 'resolution', 'compliance', 'courtesy', 'conversion'] as const
export type DimensionName = (typeof dimensionNames)[number]
export type DimensionWeights = Record<DimensionName, number>

export interface RoleWeights {
  preSales: DimensionWeights
  afterSales: DimensionWeights
}

/** CONTRACT §5. Unknown fields are kept by the server, so the editor round-trips them untouched. */
export interface Ruleset {
  storeId: string
  version: number
  sla: SlaThresholds
  repeatContact: RepeatContactRule[]
  escalation: EscalationPolicy
  phrases: PhraseLists
  disclosures: DisclosureRule[]
  weights: RoleWeights
  qaLowScoreThreshold: number
  complaintRiskThreshold?: number
  /** Absent: the server's default, every item of `autoFailItems`. */
  autoFail?: string[]
  storeContacts?: StoreContacts | null
  [extra: string]: unknown
}

export type TokenResponse = Schemas['TokenResponse']

export type Role = 'admin' | 'supervisor' | 'oncall' | 'qa' | 'agent'

export interface Me {
  name: string
  roles: string[]
  agentId?: string | null
  teamIds: string[]
  storeIds: string[]
  /** The language the user saved on the server (`zh-CN` / `en-US`), null when none. */
  language?: string | null
}

export type StoreInfo = Schemas['StoreInfo']

/** A report row flattened for display (`dimensionAverages.courtesy` …); columns are whatever the server sends. */
export type ReportRow = Record<string, string | number | boolean | null>

/** `GET /api/reports/agents`: one row per agent plus team, store and overall rollups (Realtime.Contracts.Reports). */
export interface AgentReport {
  from: string
  to: string
  storeId?: string | null
  teamId?: string | null
  agents: Record<string, unknown>[]
  teams: Record<string, unknown>[]
  stores: Record<string, unknown>[]
  /** One row per platform (scope `platform`). */
  platforms?: Record<string, unknown>[]
  total?: Record<string, unknown> | null
}

/** RFC 7807 problem details, with ASP.NET's validation <c>errors</c>. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: Record<string, string[]>
}

/** `GET /api/silences`: matching alerts are recorded and counted but push and page nothing until `until`. */
export interface Silence {
  silenceId: string
  kind?: string | null
  storeId?: string | null
  teamId?: string | null
  agentId?: string | null
  until: string
  reason: string
  createdBy?: string | null
  createdAt?: string
}

/** A report row's `conversion` figures (docs/conversion.md); `currency` is "mixed" when a row sums several; null figures are left out. */
export interface ConversionFigures {
  servedCustomers: number
  inquiringCustomers: number
  orderingCustomers: number
  payingCustomers: number
  inquiryConversionPct?: number | null
  sales: number
  currency?: string | null
  salesPerCustomer?: number | null
}

/** `GET /api/platform-metrics`: one store's platform response rates (docs/platform-metrics.md). */
export interface PlatformRates {
  storeId: string
  timeZone: string
  date: string
  metrics: PlatformRate[]
}

export interface RateFigures {
  ratePct?: number | null
  met: number
  missed: number
  pending: number
}

export interface PlatformRate {
  platform: string
  name: string
  replyWithinSeconds: number
  unit: 'round' | 'customerDay'
  target: number
  warnBelowPct: number
  today: RateFigures
  last30Days: RateFigures
}
