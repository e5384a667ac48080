import type { Me, Role } from '@/lib/contract'
import { hasRole } from '@/lib/me'

export interface NavItem {
  to: string
  label: string
  roles: Role[]
}

export const navItems: NavItem[] = [
  { to: '/floor', label: 'app.nav.floor', roles: ['supervisor'] },
  { to: '/alerts', label: 'app.nav.alerts', roles: ['supervisor', 'oncall'] },
  { to: '/me', label: 'app.nav.agent', roles: ['agent'] },
  { to: '/rules', label: 'app.nav.rules', roles: ['qa'] },
  { to: '/reports', label: 'app.nav.reports', roles: ['qa'] },
]

export function visibleNav(me: Me): NavItem[] {
  return navItems.filter((item) => hasRole(me, ...item.roles) && !(item.to === '/me' && !me.agentId))
}

/** Where a user lands after signing in: the first view their role has. */
export function homeFor(me: Me): string {
  return visibleNav(me)[0]?.to ?? '/alerts'
}
