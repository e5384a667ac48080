import { useQueryClient } from '@tanstack/react-query'
import { useEffect, type JSX } from 'react'
import { NavLink, Outlet } from 'react-router'
import { useTranslation } from 'react-i18next'
import { setSession } from '@/lib/auth-session'
import { ConnectionIndicator } from '@/lib/components/ConnectionIndicator'
import type { Me } from '@/lib/contract'
import { saveLanguage } from '@/lib/me'
import { visibleNav } from './roles'
import { useTheme } from './theme'

export function Layout({ me }: { me: Me }): JSX.Element {
  const { t, i18n } = useTranslation()
  const [theme, toggleTheme] = useTheme()
  const queryClient = useQueryClient()
  const zh = i18n.resolvedLanguage === 'zh'
  const saved = me.language ? (me.language.startsWith('zh') ? 'zh' : 'en') : null
  // A language saved on the server wins over this browser's guess (a new device or a wall TV shows the user's language).
  useEffect(() => {
    if (saved) {
      void i18n.changeLanguage(saved)
    }
  }, [saved, i18n])
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <header className="app-bar">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label="main">
          <ul>
            {visibleNav(me).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <span className="spacer" />
        <ConnectionIndicator />
        <button
          type="button"
          onClick={() => {
            const next = zh ? 'en' : 'zh'
            void i18n.changeLanguage(next)
            saveLanguage(next)
              .then(() => {
                queryClient.setQueriesData<Me>({ queryKey: ['me'] }, (old) => old && { ...old, language: next === 'zh' ? 'zh-CN' : 'en-US' })
              })
              .catch(() => undefined)
          }}
          aria-label={t('app.language')}
          lang={zh ? 'en' : 'zh'}
          data-testid="lang-toggle"
        >
          {zh ? 'English' : '中文'}
        </button>
        <button type="button" onClick={toggleTheme} aria-label={t('app.theme.toggle')} data-testid="theme-toggle">
          {theme === 'dark' ? `☀ ${t('app.theme.light')}` : `☾ ${t('app.theme.dark')}`}
        </button>
        <span className="user" title={me.roles.join(', ')}>
          {me.name}
        </span>
        <button
          type="button"
          onClick={() => {
            setSession(null)
            queryClient.clear()
          }}
        >
          {t('app.signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
