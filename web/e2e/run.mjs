// Browser tests against the real server: playwright-core driving Debian's Chromium.
// Prints "e2e: N passed, M failed" last and exits non-zero on any failure. Screenshots go to e2e/artifacts/.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { apiKey, buildWebAndStartServer } from './server.mjs'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = path.join(webDir, 'e2e', 'artifacts')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const log = (message) => console.log(`[e2e] ${message}`)
const run = Date.now().toString(36)

mkdirSync(artifacts, { recursive: true })

const results = []

/** Thrown when the server lacks what a test needs (an endpoint not built yet): reported, not hidden. */
class Skip extends Error {}

async function test(name, body) {
  const started = Date.now()
  try {
    await body()
    results.push({ name, ok: true })
    log(`PASS ${name} (${Date.now() - started} ms)`)
  } catch (error) {
    if (error instanceof Skip) {
      results.push({ name, ok: true, skipped: true })
      log(`SKIP ${name}: ${error.message}`)
      return
    }
    results.push({ name, ok: false })
    log(`FAIL ${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  }
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

let server
let browser
try {
  server = await buildWebAndStartServer(webDir, log)
  const { baseUrl } = server
  log(`server ready at ${baseUrl}`)

  const postEvents = async (events) => {
    const response = await fetch(`${baseUrl}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey },
      body: JSON.stringify(events),
    })
    const body = await response.json()
    expect(response.status === 202 && body.accepted === events.length, `ingest answered ${response.status} ${JSON.stringify(body)}`)
  }
  let seq = 0
  const conversation = (id, agentId, text, storeId = 'store-1') => {
    const at = new Date().toISOString()
    const base = { conversationId: id, storeId, teamId: 'team-pre-sales', occurredAt: at }
    return [
      { ...base, eventId: `${id}-s${seq++}`, type: 'conversation.started', platform: 'tmall', channel: 'chat', customerId: `u-${id}` },
      { ...base, eventId: `${id}-a${seq++}`, type: 'agent.assigned', agentId },
      { ...base, eventId: `${id}-m${seq++}`, type: 'message', sender: 'agent', agentId, text },
    ]
  }

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' })
  const page = await context.newPage()
  const consoleErrors = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text())
    }
  })
  const shot = async (name) => {
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })
  }
  // What a supervisor sees on a 1600×1000 screen without scrolling.
  const screen = async (name) => {
    await page.screenshot({ path: path.join(artifacts, `${name}.png`) })
  }
  const token = () => page.evaluate(() => JSON.parse(localStorage.getItem('realtime.session') ?? '{}').token)
  const openIncidentTotal = async () => {
    const response = await fetch(`${baseUrl}/api/incidents?status=open&limit=1`, { headers: { Authorization: `Bearer ${await token()}` } })
    return Number(response.headers.get('X-Total-Count'))
  }
  const numberIn = async (testId, selector = '') =>
    page.evaluate(([id, sel]) => Number((document.querySelector(`[data-testid="${id}"] ${sel}`)?.textContent ?? '').replace(/[^0-9]/g, '') || 'NaN'), [testId, selector])
  const login = async (name) => {
    await page.goto(`${baseUrl}/login`)
    await page.evaluate(() => localStorage.removeItem('realtime.session'))
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('User name').fill(name)
    await page.getByLabel('Password').fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 })
  }

  const liveConversation = `e2e-${run}-live`

  await test('supervisor logs in and the wallboard fills from demo traffic', async () => {
    await login('lead')
    await page.waitForURL('**/floor', { timeout: 10_000 })
    await page.getByTestId('agent-tile').first().waitFor({ timeout: 30_000 })
    await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor({ timeout: 15_000 })
    const agents = await page.getByTestId('agent-tile').count()
    expect(agents >= 6, `expected demo agents on the wallboard, saw ${agents}`)
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="kpi-alerts"] .kpi-value')?.textContent ?? '0') > 0, null, { timeout: 60_000 })
    const updatedBefore = await page.getByTestId('floor-updated').textContent()
    await page.waitForFunction((before) => document.querySelector('[data-testid="floor-updated"]')?.textContent !== before, updatedBefore, { timeout: 15_000 })
    await shot('01-floor-dark')
  })

  // A peak-hour floor: 36 conversations with problems across the demo agents, so the layout is judged full, not empty.
  const busyFloor = async () => {
    const problems = [
      ['agent', '亲,这款是全网最低价,绝对最划算!'],
      ['customer', '你们再不退款我就去12315投诉!'],
      ['agent', '您的收件电话是13812345678,地址北京市朝阳区建国路88号'],
      ['customer', '衣服质量太差了,洗一次就掉色,我要退货退款!'],
    ]
    const events = []
    for (let i = 0; i < 36; i++) {
      const id = `e2e-${run}-busy-${i}`
      const agentId = `a-${String((i % 12) + 1).padStart(2, '0')}`
      const [sender, text] = problems[i % problems.length]
      const storeId = i % 2 === 0 ? 'store-1' : 'store-2'
      const [started, assigned] = conversation(id, agentId, '', storeId)
      const base = { conversationId: id, storeId, teamId: 'team-pre-sales', occurredAt: new Date().toISOString() }
      events.push(started, assigned, { ...base, eventId: `${id}-p${seq++}`, type: 'message', sender, text, ...(sender === 'customer' ? { customerId: `u-${id}` } : { agentId }) })
    }
    await postEvents(events)
  }

  await test('the floor tile, the feed and the API count the same open incidents; the risk list is on screen', async () => {
    await busyFloor()
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="kpi-alerts"] .kpi-value')?.textContent ?? '0') >= 20, null, { timeout: 30_000 })
    // Demo traffic keeps changing the figure: they must agree at one moment within the wait.
    let last = ''
    const deadline = Date.now() + 30_000
    for (;;) {
      const tile = await numberIn('kpi-alerts', '.kpi-value')
      const feed = await numberIn('feed-count')
      const api = await openIncidentTotal()
      const items = await page.getByTestId('feed-item').count()
      last = `tile ${tile}, feed ${feed}, API ${api}, feed items ${items}`
      if (tile === feed && feed === api && items === Math.min(api, 50)) {
        break
      }
      expect(Date.now() < deadline, `floor counts disagree: ${last}`)
      await page.waitForTimeout(500)
    }
    log(`floor counts agree: ${last}`)
    const risk = await page.locator('#risk-h').boundingBox()
    expect(risk !== null && risk.y + risk.height <= 1000, `risk list heading not on screen at 1600×1000: ${JSON.stringify(risk)}`)
    const firstRisk = page.getByTestId('risk-item').first()
    if ((await firstRisk.count()) > 0) {
      const box = await firstRisk.boundingBox()
      expect(box !== null && box.y + box.height <= 1000, `first risk conversation below the fold: ${JSON.stringify(box)}`)
    }
    const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, screen: window.innerHeight }))
    expect(scroll.page <= scroll.screen, `the wallboard needs scrolling at 1600×1000: ${JSON.stringify(scroll)}`)
    await screen('13-floor-en-1600x1000')
  })

  await test('a new incident arrives on the wallboard live, without a reload', async () => {
    await page.evaluate(() => {
      window.__e2eNoReload = true
    })
    await postEvents(conversation(liveConversation, 'a-01', '亲,这款是全网最低价,绝对最划算!'))
    const item = page.getByTestId('feed-item').filter({ hasText: liveConversation }).first()
    await item.waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => window.__e2eNoReload === true), 'the page reloaded')
    await shot('02-floor-new-alert')
    await page.getByTestId('theme-toggle').click()
    await shot('03-floor-light')
    await page.getByTestId('lang-toggle').click()
    await page.getByText('未处理事件').first().waitFor({ timeout: 5000 })
    await shot('04-floor-zh-light')
    await page.getByTestId('theme-toggle').click()
    await screen('14-floor-zh-1600x1000')
    await page.getByTestId('theme-toggle').click()
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('theme-toggle').click()
  })

  const consoleConversation = `e2e-${run}-console`
  await test('the wallboard shows today\'s inquiry conversion, sales per customer and platform rates from demo orders', async () => {
    const conversion = page.getByTestId('kpi-conversion').locator('.kpi-value')
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="kpi-conversion"] .kpi-value')?.textContent ?? ''), null, { timeout: 240_000 })
    expect(/%$/.test((await conversion.textContent()) ?? ''), 'the conversion tile shows a percentage')
    // 客单价 needs a paid order: a pre-sales chat (~1 min), then payment 5–60 s later.
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="kpi-sales-per-customer"] .kpi-value')?.textContent ?? ''), null, { timeout: 240_000 })
    const perCustomer = (await page.getByTestId('kpi-sales-per-customer').locator('.kpi-value').textContent()) ?? ''
    expect(/\d.*(CNY|USD)/.test(perCustomer), `expected 客单价 with a currency, saw '${perCustomer}'`)
    const hour = new Date().getUTCHours()
    if (hour < 8 || hour >= 23) {
      throw new Skip('the tmall preset counts rounds from 08:00 to 23:00 store time (UTC in the demo)')
    }
    await page.getByTestId('kpi-platform-rate').first().waitFor({ timeout: 30_000 })
    const rate = (await page.getByTestId('kpi-platform-rate').first().textContent()) ?? ''
    expect(rate.includes('3-minute human response rate'), `expected the tmall preset, named in English, on the platform tile, saw '${rate}'`)
  })

  await test('an incident appears on the console live and bulk acknowledge moves it to the acknowledged tab', async () => {
    await page.getByRole('link', { name: 'Incidents' }).click()
    await page.waitForURL('**/alerts')
    await page.getByTestId('tab-count-open').waitFor({ timeout: 15_000 })
    await page.evaluate(() => {
      window.__e2eNoReload = true
    })
    // A complaint threat on a fresh conversation: one critical incident, pushed while the console is open.
    await postEvents([
      ...conversation(consoleConversation, 'a-02', '您好,请问有什么可以帮您?'),
      { conversationId: consoleConversation, storeId: 'store-1', teamId: 'team-pre-sales', occurredAt: new Date().toISOString(), eventId: `${consoleConversation}-c${seq++}`, type: 'message', sender: 'customer', customerId: `u-${consoleConversation}`, text: '你们再不退款我就去12315投诉!' },
    ])
    const card = (status) => page.locator(`[data-testid="incident-card"][data-status="${status}"]`).filter({ hasText: consoleConversation }).first()
    await card('open').waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => window.__e2eNoReload === true), 'the console reloaded')
    const reasons = await card('open').getByTestId('incident-reason').count()
    expect(reasons >= 1, 'the incident card shows no reason')
    const live = page.locator('[data-testid="incident-card"][data-status="open"]').filter({ hasText: liveConversation }).first()
    await live.waitFor({ timeout: 15_000 })
    await screen('05-incidents-en-1600x1000')
    await card('open').getByTestId('incident-select').check()
    await live.getByTestId('incident-select').check()
    await page.getByTestId('bulk-ack').click()
    await page.getByTestId('bulk-bar').getByLabel('Note (optional)').fill('e2e: both agents called')
    await page.getByTestId('bulk-bar').getByRole('button', { name: /Confirm/ }).click()
    await card('open').waitFor({ state: 'detached', timeout: 15_000 })
    await live.waitFor({ state: 'detached', timeout: 15_000 })
    await page.getByTestId('tab-acknowledged').click()
    const acked = card('acknowledged')
    await acked.waitFor({ timeout: 15_000 })
    const text = await acked.textContent()
    expect(/Acknowledged by lead/.test(text ?? '') && text.includes('e2e: both agents called'), `acknowledged card does not say who and why: ${text}`)
    await page.locator('[data-testid="incident-card"][data-status="acknowledged"]').filter({ hasText: liveConversation }).first().waitFor({ timeout: 15_000 })
    expect((await numberIn('tab-count-acknowledged')) >= 2, 'the acknowledged tab count did not follow')
    await shot('06-incidents-acknowledged')
    await page.getByTestId('tab-open').click()
    await page.getByTestId('lang-toggle').click()
    await page.getByText('事件控制台').first().waitFor({ timeout: 5000 })
    await screen('15-incidents-zh-1600x1000')
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('tab-acknowledged').click()
  })

  await test('an unacknowledged critical incident escalates inside its card, live, with no second item', async () => {
    // The quickest escalation a ruleset allows (10 s) for store-2, where the peak floor left critical incidents open.
    const qa = await (await fetch(`${baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'qa', password: 'demo' }) })).json()
    const auth = { Authorization: `Bearer ${qa.token}`, 'Content-Type': 'application/json' }
    const ruleset = await (await fetch(`${baseUrl}/api/rulesets/store-2`, { headers: auth })).json()
    const put = await fetch(`${baseUrl}/api/rulesets/store-2`, { method: 'PUT', headers: auth, body: JSON.stringify({ ...ruleset, escalation: { ...ruleset.escalation, ackTimeoutSeconds: 10 } }) })
    expect(put.status === 200, `ruleset PUT answered ${put.status}: ${await put.text()}`)
    await page.getByTestId('tab-open').click()
    const badge = page.locator('[data-testid="incident-card"][data-status="open"]').filter({ has: page.getByTestId('escalation-badge') }).first()
    await badge.waitFor({ timeout: 30_000 })
    const text = (await badge.getByTestId('escalation-badge').textContent()) ?? ''
    expect(/level 1/.test(text), `escalation badge does not name its level: ${text}`)
    const id = await badge.getAttribute('data-incident-id')
    const cards = await page.locator(`[data-testid="incident-card"][data-incident-id="${id}"]`).count()
    expect(cards === 1, `the escalated incident shows ${cards} times`)
    await screen('16-incidents-escalated-en-1600x1000')
    await page.getByTestId('tab-acknowledged').click()
  })

  await test('the conversation view highlights the evidence in the transcript', async () => {
    await page.locator('[data-testid="incident-card"]').filter({ hasText: liveConversation }).first().getByRole('link', { name: `Conversation ${liveConversation}` }).click()
    await page.waitForURL(`**/conversations/${liveConversation}`)
    const evidence = page.getByTestId('evidence-deduction').filter({ hasText: '全网最低价' })
    await evidence.first().waitFor({ timeout: 15_000 })
    await page.getByTestId('scorecard').waitFor()
    const tags = await page.getByTestId('tags').first().locator('[data-tag]').evaluateAll((items) => items.map((i) => i.getAttribute('data-tag')))
    expect(tags.includes('banned'), `expected the banned tag, saw ${tags.join(', ')}`)
    await shot('07-conversation')
  })

  await test('a German conversation is scored with the German lists and shows its language', async () => {
    const id = `e2e-de-${run}`
    await postEvents(conversation(id, 'a-04', 'Das ist nicht mein Problem, wenden Sie sich an den Paketdienst.', 'store-2'))
    await page.goto(`${baseUrl}/conversations/${id}`)
    await page.getByTestId('evidence-deduction').filter({ hasText: 'nicht mein Problem' }).first().waitFor({ timeout: 15_000 })
    const languages = await page.getByTestId('conversation-languages').innerText()
    expect(languages.includes('German'), `expected German in the languages row, saw ${languages}`)
    await shot('07b-conversation-german')
  })

  const phrase = `e2e违禁词${run}`
  await test('a phrase added in the rules editor tags the next message', async () => {
    await login('qa')
    await page.goto(`${baseUrl}/rules?storeId=store-1`)
    const banned = page.getByTestId('phrases-banned')
    await banned.waitFor({ timeout: 15_000 })
    // First a bad value: the server's validation error must show at the field.
    const warn = page.getByLabel('First response: warn')
    await warn.fill('999')
    await page.getByTestId('rules-save').click()
    await page.locator('[data-field="sla.firstResponseWarnSeconds"] [data-testid="field-error"]').waitFor({ timeout: 10_000 })
    await shot('08-rules-validation-error')
    await page.getByRole('button', { name: 'Discard changes' }).click()
    const current = await banned.inputValue()
    await banned.fill(`${current}\n${phrase}`)
    await page.getByTestId('rules-save').click()
    await page.getByTestId('rules-saved').waitFor({ timeout: 10_000 })
    await shot('09-rules-saved')
    const id = `e2e-${run}-rule`
    await postEvents(conversation(id, 'a-03', `您好,这个是${phrase},放心买`))
    await page.goto(`${baseUrl}/conversations/${id}`)
    await page.getByTestId('evidence-deduction').filter({ hasText: phrase }).first().waitFor({ timeout: 15_000 })
    const tags = await page.getByTestId('tags').first().locator('[data-tag]').evaluateAll((items) => items.map((i) => i.getAttribute('data-tag')))
    expect(tags.includes('banned'), `expected the banned tag on the next message, saw ${tags.join(', ')}`)
    await shot('10-conversation-new-phrase')
  })

  await test('auto-fail items and store contacts are edited in the rules editor, rejected at the field, and survive a reload', async () => {
    await login('qa')
    await page.goto(`${baseUrl}/rules?storeId=store-1`)
    const brushOff = page.getByTestId('autofail-courtesy.brushOffUpset')
    const phones = page.getByTestId('lines-storeContacts.phones')
    await brushOff.waitFor({ timeout: 15_000 })
    expect(await brushOff.isChecked(), 'brushOffUpset should be on in the default ruleset')
    // Too long a phone: the server's error must show next to the phone list.
    await phones.fill('1'.repeat(201))
    await page.getByTestId('rules-save').click()
    await page.locator('[data-field="storeContacts.phones"] [data-testid="field-error"]').waitFor({ timeout: 10_000 })
    await page.getByRole('button', { name: 'Discard changes' }).click()
    const phone = `+86 139 ${String(Date.now() % 10_000).padStart(4, '0')} 1111`
    await brushOff.uncheck()
    await phones.fill(phone)
    await page.getByTestId('lines-disclosures[0].notWhen').waitFor()
    await page.getByTestId('rules-save').click()
    await page.getByTestId('rules-saved').waitFor({ timeout: 10_000 })
    await page.reload()
    await brushOff.waitFor({ timeout: 15_000 })
    expect(!(await brushOff.isChecked()), 'the unticked auto-fail item came back ticked after a reload')
    expect(await page.getByTestId('autofail-pii.leak').isChecked(), 'another auto-fail item was switched off')
    expect((await phones.inputValue()) === phone, `store phone after reload: ${await phones.inputValue()}`)
    await page.getByTestId('lang-toggle').click()
    await shot('16-rules-autofail-zh')
    await page.getByTestId('lang-toggle').click()
    await brushOff.check()
    await page.getByTestId('rules-save').click()
    await page.getByTestId('rules-saved').waitFor({ timeout: 10_000 })
  })

  await test('a rude reply shows the auto-fail line on the scorecard', async () => {
    const id = `e2e-${run}-autofail`
    await postEvents(conversation(id, 'a-03', '你烦不烦啊'))
    await page.goto(`${baseUrl}/conversations/${id}`)
    const line = page.locator('[data-testid="autofail"] [data-rule="phrase.rude"]')
    await line.waitFor({ timeout: 15_000 })
    const text = (await line.textContent()) ?? ''
    expect(text.includes('Rude language from the agent') && text.includes('烦不烦'), `auto-fail line: ${text}`)
    await shot('17-conversation-autofail')
  })

  await test('a silence created from an incident card is pre-filled, needs a reason, shows on the Silences tab and can be ended', async () => {
    await login('lead')
    await page.goto(`${baseUrl}/alerts?status=open`)
    const card = page.locator('[data-testid="incident-card"][data-status="open"]').first()
    await card.waitFor({ timeout: 15_000 })
    await card.getByTestId('incident-silence').click()
    const form = card.getByTestId('silence-form')
    await form.waitFor()
    const kind = await form.getByTestId('silence-kind').inputValue()
    const store = await form.getByTestId('silence-storeId').inputValue()
    expect(kind !== '' && store !== '', `the form is not pre-filled from the card: kind '${kind}', store '${store}'`)
    expect(((await card.locator('.alert-head').textContent()) ?? '').includes(store), `pre-filled store ${store} is not the card's`)
    await form.getByTestId('silence-submit').click()
    expect(/Give a reason/.test((await form.getByTestId('field-error').first().textContent()) ?? ''), 'an empty reason was not refused at the field')
    const reason = `e2e ${run}: courier outage, known`
    await form.getByTestId('silence-duration').selectOption('30m')
    await form.getByTestId('silence-reason').fill(reason)
    await screen('17-silence-form-en-1600x1000')
    await form.getByTestId('silence-submit').click()
    await form.waitFor({ state: 'detached', timeout: 15_000 })
    await page.getByTestId('tab-silenced').click()
    const silence = page.getByTestId('silence').filter({ hasText: reason }).first()
    await silence.waitFor({ timeout: 15_000 })
    const text = (await silence.textContent()) ?? ''
    expect(text.includes(store) && text.includes('Set by lead'), `the silence does not show its store and author: ${text}`)
    expect((await numberIn('tab-count-silenced')) >= 1, 'the Silences tab count did not follow')
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('new-silence').click()
    await page.getByTestId('silence-submit').click()
    expect(/原因/.test((await page.getByTestId('silence-form').getByTestId('field-error').first().textContent()) ?? ''), 'the reason error is not in Chinese')
    await screen('18-silences-zh-1600x1000')
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('silence-form').getByRole('button', { name: 'Cancel' }).click()
    // Ended again, so later tests see the floor unsilenced.
    await silence.getByRole('button', { name: 'End silence now' }).click()
    await silence.waitFor({ state: 'detached', timeout: 15_000 })
  })

  await test('the agent desk shows a live hint that survives a reload and goes when the conversation closes', async () => {
    await login('agent')
    await page.waitForURL('**/me')
    await page.getByRole('heading', { name: 'Live hints' }).waitFor()
    await page.waitForTimeout(1500)
    const hintConversation = `e2e-${run}-hint`
    await postEvents(conversation(hintConversation, 'a-01', 'This is the lowest price guaranteed, best in the world!', 'store-2'))
    const hint = page.locator(`[data-testid="hint"][data-conversation-id="${hintConversation}"]`).first()
    await hint.waitFor({ timeout: 20_000 })
    await page.getByTestId('agent-conversations').waitFor({ timeout: 20_000 })
    await shot('11-agent-desk')
    await page.reload()
    await page.getByRole('heading', { name: 'Live hints' }).waitFor()
    await hint.waitFor({ timeout: 15_000 })
    // A dismissed hint stays dismissed after a reload, although the server still holds it open.
    const dismissedConversation = `e2e-${run}-dismissed`
    await postEvents(conversation(dismissedConversation, 'a-01', 'This is the lowest price guaranteed, best in the world!', 'store-2'))
    const dismissed = page.locator(`[data-testid="hint"][data-conversation-id="${dismissedConversation}"]`).first()
    await dismissed.waitFor({ timeout: 20_000 })
    await dismissed.getByRole('button', { name: 'Dismiss' }).click()
    await dismissed.waitFor({ state: 'detached', timeout: 5000 })
    await page.reload()
    await page.getByRole('heading', { name: 'Live hints' }).waitFor()
    await hint.waitFor({ timeout: 15_000 })
    expect((await dismissed.count()) === 0, 'the dismissed hint came back after a reload')
    await postEvents([{ conversationId: hintConversation, storeId: 'store-2', teamId: 'team-pre-sales', occurredAt: new Date().toISOString(), eventId: `${hintConversation}-x${seq++}`, type: 'conversation.closed' }])
    await hint.waitFor({ state: 'detached', timeout: 20_000 })
    await page.reload()
    await page.getByRole('heading', { name: 'Live hints' }).waitFor()
    await page.waitForTimeout(2000)
    expect((await hint.count()) === 0, 'the closed conversation\'s hint came back after a reload')
  })

  await test('reports show the agent table with sorting and charts', async () => {
    await login('qa')
    await page.goto(`${baseUrl}/reports`)
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('realtime.session') ?? '{}').token)
    const today = new Date().toISOString().slice(0, 10)
    const probe = await fetch(`${baseUrl}/api/reports/agents?from=${today}&to=${today}`, { headers: { Authorization: `Bearer ${token}` } })
    if (probe.status === 404) {
      await shot('12-reports')
      throw new Skip('GET /api/reports/agents answers 404: the server has no reports endpoint yet')
    }
    await page.getByTestId('report-table').waitFor({ timeout: 20_000 })
    const header = page.locator('[data-testid="report-table"] th').nth(1)
    await header.getByRole('button').click()
    expect((await header.getAttribute('aria-sort')) === 'descending', 'clicking a column header did not sort by it')
    await page.locator('.recharts-surface').first().waitFor({ timeout: 10_000 })
    await shot('12-reports')
  })

  await test('no uncaught errors in the browser console', async () => {
    // 403/404 answers the app handles still log a network error line; anything else is a bug.
    const unexpected = consoleErrors.filter((e) => !/Failed to load resource/.test(e))
    expect(unexpected.length === 0, `console errors:\n${unexpected.join('\n')}`)
  })
} catch (error) {
  results.push({ name: 'setup', ok: false })
  log(`FAIL setup: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
} finally {
  await browser?.close().catch(() => undefined)
  server?.stop()
}

const skipped = results.filter((r) => r.skipped).length
const passed = results.filter((r) => r.ok && !r.skipped).length
const failed = results.filter((r) => !r.ok).length
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 ? 0 : 1)
