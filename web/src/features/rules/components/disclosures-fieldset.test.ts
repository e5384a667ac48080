import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import i18next from 'i18next'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { phraseListNames, type DisclosureRule } from '@/lib/contract'
import { en } from '@/lib/locales/en'
import { zh } from '@/lib/locales/zh'
import { DisclosuresFieldset } from './DisclosuresFieldset'

const refundReturn: DisclosureRule = {
  topic: 'refund_return',
  required: [{ name: 'returnAddress', anyOf: ['退货地址'] }],
  appliesWhen: ['寄回', '自行寄'],
  notWhen: ['取消订单', '上门取件'],
}

async function render(lng: 'zh' | 'en'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.use(initReactI18next).init({
    lng,
    resources: { en: { translation: en }, zh: { translation: zh } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  })
  const fieldset = createElement(DisclosuresFieldset, { disclosures: [refundReturn], errors: new Map(), update: () => undefined })
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, fieldset))
}

describe('rules editor: disclosure scope and the customer abuse list', () => {
  it.each(['zh', 'en'] as const)('shows appliesWhen and notWhen with their phrases and labels in %s', async (lng) => {
    const html = await render(lng)
    const locale = lng === 'zh' ? zh : en

    expect(html).toContain(locale.rules.scope.appliesWhen)
    expect(html).toContain(locale.rules.scope.notWhen)
    expect(html).toContain(locale.rules.scope.notWhenHelp)
    expect(html).toMatch(/data-testid="lines-disclosures\[0\]\.appliesWhen"[^>]*>寄回\n自行寄</)
    expect(html).toMatch(/data-testid="lines-disclosures\[0\]\.notWhen"[^>]*>取消订单\n上门取件</)
  })

  it('lists customerAbuse among the edited phrase lists, labelled in zh and en', () => {
    expect(phraseListNames).toContain('customerAbuse')
    expect(zh.rules.list.customerAbuse).toMatch(/辱骂/)
    expect(en.rules.list.customerAbuse.length).toBeGreaterThan(0)
  })
})
