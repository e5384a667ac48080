import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { renderServerText, serverNs } from './server-text'

async function instance(): Promise<typeof i18next> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng: 'zh', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false }, showSupportNotice: false })
  // As GET /api/texts/zh-CN serves them: flat dotted keys, i18next placeholders.
  i18n.addResourceBundle('zh', serverNs, {
    'alert.piiLeak': '客服发送了完整的个人信息({{kinds}})。',
    'alert.escalation': '{{ackSeconds}} 秒内无人确认:{{original}}',
    'alert.sla.breach.firstResponse': '顾客等待首次响应已达 {{seconds}} 秒(时限 {{seconds}} 秒)。',
    'label.pii.phone': '手机号',
    'label.pii.idNumber': '身份证号',
    'incident.summary': '{{reasons}}:{{headline}}',
    'label.alertKind.pii.leak': '隐私泄露',
    'label.alertKind.sla.breach': '响应超时',
  })
  return i18n
}

describe('server texts', () => {
  it('render from key and arguments, label lists joined the Chinese way', async () => {
    const i18n = await instance()
    const text = renderServerText(i18n.t, 'zh', 'alert.piiLeak', { kinds: '#label.pii.phone,#label.pii.idNumber' }, 'fallback')
    expect(text).toBe('客服发送了完整的个人信息(手机号、身份证号)。')
  })

  it('render a nested message with the same arguments', async () => {
    const i18n = await instance()
    const text = renderServerText(i18n.t, 'zh', 'alert.escalation', { ackSeconds: '300', original: '#alert.sla.breach.firstResponse', seconds: '60' }, 'fallback')
    expect(text).toBe('300 秒内无人确认:顾客等待首次响应已达 60 秒(时限 60 秒)。')
  })

  it('render an incident summary whose headline carries label arguments of its own', async () => {
    const i18n = await instance()
    const args = { reasons: '#label.alertKind.pii.leak,#label.alertKind.sla.breach', headline: '#alert.piiLeak', kinds: '#label.pii.phone,#label.pii.idNumber' }
    expect(renderServerText(i18n.t, 'zh', 'incident.summary', args, 'fallback')).toBe('隐私泄露、响应超时:客服发送了完整的个人信息(手机号、身份证号)。')
  })

  it('fall back to the server rendering without a key or catalogue entry, and show unknown labels as written', async () => {
    const i18n = await instance()
    expect(renderServerText(i18n.t, 'zh', null, null, 'as stored')).toBe('as stored')
    expect(renderServerText(i18n.t, 'zh', 'alert.unknown', {}, 'as stored')).toBe('as stored')
    expect(renderServerText(i18n.t, 'zh', 'alert.piiLeak', { kinds: '#label.disclosure.ownItem' }, 'x')).toBe('客服发送了完整的个人信息(ownItem)。')
  })
})
