import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type JSX } from 'react'
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router'
import { LoginPage } from '@/features/auth/components/LoginPage'
import { QueryStatus } from '@/lib/components/QueryStatus'
import { useMe } from '@/lib/me'
import { createQueryClient } from '@/lib/query-client'
import { useSession } from '@/lib/use-session'
import { AppRoutes } from './routes'

function Authenticated(): JSX.Element {
  const session = useSession()
  const location = useLocation()
  const me = useMe(session?.token ?? null)
  if (!session) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    )
  }
  if (!me.data) {
    return (
      <main id="main">
        <QueryStatus error={me.error} onRetry={() => void me.refetch()} />
      </main>
    )
  }
  return <AppRoutes me={me.data} />
}

export function App(): JSX.Element {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Authenticated />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
