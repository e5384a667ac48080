// 中文 first: every view, as each role, in zh-CN and en-US against the real server with live demo traffic. In Chinese
// no English sentence and no raw key may show; in English no Chinese outside what customers and agents wrote.
// Screenshots of every view in both languages go to e2e/artifacts/lang/. Prints "e2e: N passed, M failed" last.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { apiKey, buildWebAndStartServer } from './server.mjs'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = path.join(webDir, 'e2e', 'artifacts', 'lang')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const log = (message) => console.log(`[e2e-lang] ${message}`)
const run = Date.now().toString(36)
mkdirSync(artifacts, { recursive: true })

/** What customers and agents wrote (and quotes of it) is theirs, in their language: not checked. */
const theirs = ['.message-text', 'mark', '.hint-quote', 'textarea', 'input', 'option']
/** The short allow-list: tokens that read the same in both languages. */
const allowed = [
  /\b[a-z]+(?:-[a-z0-9]+)+\b/gi, // ids: a-01, store-1, team-pre-sales, c-42, e2e-…
  /\b[A-Z]\d+@[\w-]+\b/g, // alert ids
  /\b(?:CSAT|SLA|P90|QA|CSV|ID|Shopify)\b/g,
  /\bv\d+\b/g,
]
const quoted = [/“[^”]*”/g, /"[^"]*"/g, /«[^»]*»/g, /…[^…]*…/g]

/** English sentences (two or more words) and raw keys (camelCase, snake_case, dotted) left after the allow-list. */
function englishIn(text) {
  let rest = text
  for (const pattern of [...quoted, ...allowed]) {
    rest = rest.replace(pattern, ' ')
  }
  const found = []
  for (const line of rest.split('\n')) {
    const words = line.match(/[A-Za-z]{2,}(?:[\s,.:;'’/-]+[A-Za-z]{2,})+/g) ?? []
    const keys = line.match(/\b(?:[a-z]+[A-Z]\w*|[a-z]+_[a-z_]+|[a-z]+\.[a-z][\w.]*)\b/g) ?? []
    found.push(...words, ...keys)
  }
  return found
}

function chineseIn(text) {
  let rest = text
  for (const pattern of quoted) {
    rest = rest.replace(pattern, ' ')
  }
  return rest.match(/[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]+/g) ?? []
}

const results = []
async function test(name, body) {
  try {
    await body()
    results.push({ name, ok: true })
    log(`PASS ${name}`)
  } catch (error) {
    results.push({ name, ok: false })
    log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

let server
let browser
try {
  server = await buildWebAndStartServer(webDir, log)
  const { baseUrl } = server
  log(`server ready at ${baseUrl}`)

  // A conversation of the demo agent a-01 with a banned claim, a wait and a customer complaint: texts of every kind.
  const id = `lang-${run}`
  const at = (s) => new Date(Date.now() - s * 1000).toISOString()
  const base = { conversationId: id, storeId: 'store-1', teamId: 'team-pre-sales' }
  const events = [
    { ...base, eventId: `${id}-1`, type: 'conversation.started', occurredAt: at(400), platform: 'tmall', channel: 'chat', customerId: `u-${id}` },
    { ...base, eventId: `${id}-2`, type: 'message', occurredAt: at(399), sender: 'customer', customerId: `u-${id}`, text: '我要退货,快递一直不到,再不处理我就投诉到12315' },
    { ...base, eventId: `${id}-3`, type: 'agent.assigned', occurredAt: at(398), agentId: 'a-01' },
    { ...base, eventId: `${id}-4`, type: 'message', occurredAt: at(100), sender: 'agent', agentId: 'a-01', text: '亲,这款是全网最低价,放心买' },
  ]
  const ingest = await fetch(`${baseUrl}/api/events`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey }, body: JSON.stringify(events) })
  if (ingest.status !== 202) {
    throw new Error(`ingest answered ${ingest.status}`)
  }
  // Let the demo traffic raise alerts of several kinds first.
  await new Promise((resolve) => setTimeout(resolve, 20_000))

  const views = {
    lead: ['/floor', '/alerts', `/conversations/${id}`, '/agents/a-01'],
    oncall: ['/alerts', `/conversations/${id}`],
    qa: ['/rules', '/reports', `/conversations/${id}`, '/agents/a-01'],
    agent: ['/me', `/conversations/${id}`],
  }

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  })

  for (const locale of ['zh-CN', 'en-US']) {
    const lang = locale.slice(0, 2)
    for (const [user, paths] of Object.entries(views)) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale })
      const page = await context.newPage()
      const token = await (await fetch(`${baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: user, password: 'demo' }) })).json()
      await page.goto(`${baseUrl}/login`)
      await page.getByRole('textbox').first().waitFor()
      await page.locator('input[name="name"]').fill(user)
      await page.locator('input[name="password"]').fill('demo')
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 })
      expect(token.token, `no token for ${user}`)
      for (const view of paths) {
        const name = `${lang}-${user}-${view.split('/')[1]}`
        await test(`${locale} ${user} ${view}`, async () => {
          await page.goto(`${baseUrl}${view}`)
          await page.locator('main h1, main h2').first().waitFor({ timeout: 20_000 })
          await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
          await page.waitForTimeout(1500)
          await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })
          if (view === '/floor') {
            // The wallboard as a TV shows it (the README's pictures): one 1600×1000 screen.
            await page.screenshot({ path: path.join(artifacts, `${name}-screen.png`), animations: 'disabled' })
          }
          const text = await page.evaluate(({ skip, own }) => {
            const out = []
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement
              if (!parent || skip.some((s) => parent.closest(s)) || !parent.checkVisibility()) {
                continue
              }
              // Text declared in another language (the language switch names the other language in that language).
              if (!(parent.closest('[lang]')?.getAttribute('lang') ?? own).startsWith(own)) {
                continue
              }
              const value = node.textContent?.trim()
              if (value) {
                out.push(value)
              }
            }
            return out.join('\n')
          }, { skip: theirs, own: lang })
          const bad = lang === 'zh' ? englishIn(text) : chineseIn(text)
          expect(bad.length === 0, `${bad.length} ${lang === 'zh' ? 'English/raw-key' : 'Chinese'} fragments: ${[...new Set(bad)].slice(0, 15).join(' | ')}`)
          expect(text.length > 50, `the view shows almost nothing: ${text}`)
        })
      }
      if (paths.includes('/reports')) {
        await test(`${locale} date pickers follow the app language`, async () => {
          await page.goto(`${baseUrl}/reports`)
          const from = page.getByTestId('report-from')
          await from.waitFor()
          const shown = (await from.textContent()) ?? ''
          const [y, m, d] = ((await from.getAttribute('data-value')) ?? '').split('-').map(Number)
          expect(shown === (lang === 'zh' ? `${y}年${m}月${d}日` : new Date(y, m - 1, d).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' })), `the from date reads ${shown}`)
          await from.click()
          const caption = (await page.locator('.date-popover .rdp-caption_label').first().textContent()) ?? ''
          expect(lang === 'zh' ? /^\d{4}年\d{1,2}月$/.test(caption) : /^[A-Z][a-z]+ \d{4}$/.test(caption), `the calendar caption reads ${caption}`)
          const weekday = (await page.locator('.date-popover .rdp-weekday').first().textContent()) ?? ''
          expect(lang === 'zh' ? /[\u4e00-\u9fff]/.test(weekday) : /^[A-Z][a-z]/.test(weekday), `the first weekday reads ${weekday}`)
          await page.screenshot({ path: path.join(artifacts, `${lang}-qa-date-picker.png`) })
          // Picking the 1st of the shown month changes the period.
          await page.locator('.date-popover button.rdp-day_button:not([disabled])').first().click()
          const picked = await from.getAttribute('data-value')
          expect(/^\d{4}-\d{2}-01$/.test(picked ?? ''), `picking the first day gave ${picked}`)
        })
      }
      await context.close()
    }
  }

  await test('a language chosen in one browser follows the user to another (saved on the server)', async () => {
    const signIn = async (locale) => {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale })
      const page = await context.newPage()
      await page.goto(`${baseUrl}/login`)
      await page.locator('input[name="name"]').fill('oncall')
      await page.locator('input[name="password"]').fill('demo')
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 })
      await page.locator('main h1, main h2').first().waitFor({ timeout: 20_000 })
      return { context, page }
    }
    const first = await signIn('en-US')
    expect((await first.page.evaluate(() => document.documentElement.lang)) === 'en', 'an en-US browser does not start in English')
    const saved = first.page.waitForResponse((r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT')
    await first.page.getByTestId('lang-toggle').click()
    expect((await saved).status() === 200, 'saving the language failed')
    await first.context.close()
    // A fresh en-US browser (no local choice) opens in the saved Chinese.
    const second = await signIn('en-US')
    await second.page.waitForFunction(() => document.documentElement.lang === 'zh-CN', undefined, { timeout: 10_000 })
    const heading = (await second.page.locator('main h1, main h2').first().textContent()) ?? ''
    expect(/[\u4e00-\u9fff]/.test(heading), `the heading is not Chinese: ${heading}`)
    await second.context.close()
    // Leave the demo user as it was: no saved language.
    const token = (await (await fetch(`${baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'oncall', password: 'demo' }) })).json()).token
    await fetch(`${baseUrl}/api/me/language`, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ language: null }) })
  })

  await test('font cost: what a zh user downloads on first load of the floor (a TV without CJK system fonts)', async () => {
    // A Chromium that sees only the Latin system fonts, like a wall TV: Chinese comes from the app's web font.
    const fontDir = path.join(artifacts, 'fontconfig')
    mkdirSync(fontDir, { recursive: true })
    const fontConfig = path.join(fontDir, 'fonts.conf')
    writeFileSync(fontConfig, `<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype</dir><cachedir>${fontDir}/cache</cachedir></fontconfig>`)
    const bare = await chromium.launch({
      executablePath: chromiumPath,
      env: { ...process.env, FONTCONFIG_FILE: fontConfig },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
    })
    const context = await bare.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const bytes = { font: [0, 0], script: [0, 0], stylesheet: [0, 0] }
    page.on('response', async (response) => {
      const kind = response.request().resourceType()
      if (kind in bytes) {
        const body = await response.body().catch(() => Buffer.alloc(0))
        bytes[kind][0] += 1
        bytes[kind][1] += body.length
      }
    })
    await page.goto(`${baseUrl}/login`)
    await page.locator('input[name="name"]').fill('lead')
    await page.locator('input[name="password"]').fill('demo')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 })
    await page.goto(`${baseUrl}/floor`)
    await page.locator('main h1').first().waitFor({ timeout: 20_000 })
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined)
    await page.waitForTimeout(1500)
    const kb = ([files, size]) => `${files} files, ${(size / 1024).toFixed(0)} KiB`
    log(`zh floor first load: fonts ${kb(bytes.font)}; scripts ${kb(bytes.script)}; stylesheets ${kb(bytes.stylesheet)}`)
    await page.screenshot({ path: path.join(artifacts, 'zh-lead-floor-webfont.png'), animations: 'disabled' })
    await bare.close()
    expect(bytes.font[0] > 0, 'no web font was downloaded for Chinese text')
  })

  await test('stored alerts switch language without re-raising', async () => {
    const token = (await (await fetch(`${baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'lead', password: 'demo' }) })).json()).token
    const read = async (language) => (await fetch(`${baseUrl}/api/alerts?storeId=store-1&limit=20`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': language } })).json()
    const zh = await read('zh-CN')
    const en = await read('en-US')
    expect(zh.length > 0 && zh.length === en.length, `alert counts differ or are zero: ${zh.length} vs ${en.length}`)
    const withKey = zh.filter((a) => a.messageKey)
    expect(withKey.length > 0, 'no alert carries a messageKey')
    for (const a of withKey) {
      const other = en.find((b) => b.alertId === a.alertId)
      if (other) {
        expect(/[\u4e00-\u9fff]/.test(a.message), `zh message is not Chinese: ${a.message}`)
        expect(other.messageKey === a.messageKey, 'the key differs between languages')
      }
    }
  })
} catch (error) {
  results.push({ name: 'setup', ok: false })
  log(`FAIL setup: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
} finally {
  await browser?.close().catch(() => undefined)
  server?.stop()
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
