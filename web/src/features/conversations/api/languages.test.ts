import { describe, expect, it } from 'vitest'
import type { MessageView } from '@/lib/contract'
import { conversationLanguages } from './languages'

const message = (sender: string, language: string): MessageView =>
  ({ eventId: `${sender}-${language}`, sender, text: '', occurredAt: '', analysis: { language, maskedText: '', tags: [], hits: [], pii: [], deductions: [] } }) as unknown as MessageView

describe('conversationLanguages', () => {
  it("lists the customer's language first, each once, without und", () => {
    expect(conversationLanguages([message('agent', 'en'), message('customer', 'und'), message('customer', 'de'), message('agent', 'de'), message('customer', 'de')])).toEqual(['de', 'en'])
  })

  it('is empty when no message has a language', () => {
    expect(conversationLanguages([message('customer', 'und')])).toEqual([])
  })
})
