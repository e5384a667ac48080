import { lazy, Suspense, type JSX, type ReactNode } from 'react'
import { Navigate, Route, Routes, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Me, Role } from '@/lib/contract'
import { hasRole } from '@/lib/me'
import { Layout } from './Layout'
import { homeFor } from './roles'

// Each view is its own chunk, so the wallboard TV never downloads the charting library.
const WallboardPage = lazy(() => import('@/features/floor/components/WallboardPage').then((m) => ({ default: m.WallboardPage })))
const IncidentConsolePage = lazy(() => import('@/features/incidents/components/IncidentConsolePage').then((m) => ({ default: m.IncidentConsolePage })))
const ConversationPage = lazy(() => import('@/features/conversations/components/ConversationPage').then((m) => ({ default: m.ConversationPage })))
const AgentPage = lazy(() => import('@/features/agents/components/AgentPage').then((m) => ({ default: m.AgentPage })))
const RulesEditorPage = lazy(() => import('@/features/rules/components/RulesEditorPage').then((m) => ({ default: m.RulesEditorPage })))
const ReportsPage = lazy(() => import('@/features/reports/components/ReportsPage').then((m) => ({ default: m.ReportsPage })))

function Guard({ me, roles, children }: { me: Me; roles: Role[]; children: ReactNode }): JSX.Element {
  const { t } = useTranslation()
  if (!hasRole(me, ...roles)) {
    return <p role="alert" className="error">{t('app.forbidden')}</p>
  }
  return <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{children}</Suspense>
}

function AgentRoute({ me }: { me: Me }): JSX.Element {
  const { agentId = '' } = useParams()
  return <AgentPage agentId={agentId} isSelf={me.agentId === agentId} />
}

function NotFound(): JSX.Element {
  const { t } = useTranslation()
  return <p role="alert">{t('app.notFound')}</p>
}

export function AppRoutes({ me }: { me: Me }): JSX.Element {
  const { t } = useTranslation()
  const oncall = hasRole(me, 'oncall')
  return (
    <Routes>
      <Route element={<Layout me={me} />}>
        <Route index element={<Navigate to={homeFor(me)} replace />} />
        <Route path="login" element={<Navigate to={homeFor(me)} replace />} />
        <Route path="floor" element={<Guard me={me} roles={['supervisor']}><WallboardPage /></Guard>} />
        <Route path="alerts" element={<Guard me={me} roles={['supervisor', 'oncall']}><IncidentConsolePage withOncall={oncall} canSilence={hasRole(me, 'supervisor')} /></Guard>} />
        <Route path="conversations/:conversationId" element={<Guard me={me} roles={['supervisor', 'oncall', 'qa', 'agent']}><ConversationPage /></Guard>} />
        <Route path="agents/:agentId" element={<Guard me={me} roles={['supervisor', 'qa', 'agent']}><AgentRoute me={me} /></Guard>} />
        <Route
          path="me"
          element={
            me.agentId ? (
              <Guard me={me} roles={['agent']}>
                <AgentPage agentId={me.agentId} isSelf />
              </Guard>
            ) : (
              <p role="alert">{t('agent.noAgent')}</p>
            )
          }
        />
        <Route path="rules" element={<Guard me={me} roles={['qa']}><RulesEditorPage /></Guard>} />
        <Route path="reports" element={<Guard me={me} roles={['qa']}><ReportsPage /></Guard>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
