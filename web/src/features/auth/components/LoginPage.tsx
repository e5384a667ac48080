import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '@/lib/api-client'
import { useLogin } from '../api/login'

export function LoginPage(): JSX.Element {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const login = useLogin()
  const failed = login.error instanceof ApiError && (login.error.status === 401 || login.error.status === 400)

  return (
    <main className="login" id="main">
      <form
        className="panel login-form"
        onSubmit={(e) => {
          e.preventDefault()
          login.mutate({ name: name.trim(), password })
        }}
      >
        <h1>{t('app.title')}</h1>
        <h2>{t('login.title')}</h2>
        <label>
          {t('login.name')}
          <input
            name="name"
            autoComplete="username"
            required
            autoFocus
            value={name}
            onChange={(e) => {
              setName(e.target.value)
            }}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.target.value)
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={login.isPending}>
          {t('login.submit')}
        </button>
        {login.error && (
          <p role="alert" className="error">
            {failed ? t('login.failed') : t('login.error', { message: login.error.message })}
          </p>
        )}
      </form>
    </main>
  )
}
