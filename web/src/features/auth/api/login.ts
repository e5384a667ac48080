import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { apiJson } from '@/lib/api-client'
import { startSession } from '@/lib/auth-session'
import type { TokenResponse } from '@/lib/contract'

export interface Credentials {
  name: string
  password: string
}

export async function login(credentials: Credentials): Promise<TokenResponse> {
  const response = await apiJson<TokenResponse>('/api/auth/token', { method: 'POST', body: credentials, anonymous: true })
  startSession(credentials.name, response)
  return response
}

export function useLogin(): UseMutationResult<TokenResponse, Error, Credentials> {
  return useMutation({ mutationFn: login })
}
