// Wallboard soak: the real server with a big demo floor (default 500 agents, 5,000 conversations), one browser
// on /floor for PERF_MINUTES (default 10). Prints main-thread time per floor update and JS heap over time.
// Run: npm run perf   (PERF_MINUTES, PERF_AGENTS, PERF_CONVERSATIONS override the defaults)
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startServer } from './server.mjs'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const minutes = Number(process.env.PERF_MINUTES ?? 10)
const agents = Number(process.env.PERF_AGENTS ?? 500)
const conversations = Number(process.env.PERF_CONVERSATIONS ?? 5000)
const log = (m) => console.log(`[perf] ${m}`)

if (process.env.E2E_SKIP_WEB_BUILD !== '1') {
  execFileSync('npm', ['run', 'build'], { cwd: webDir, stdio: 'inherit' })
}
const server = await startServer(path.resolve(webDir, '..'), log, [`--Demo:Agents=${agents}`, `--Demo:Conversations=${conversations}`])
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await page.goto(`${server.baseUrl}/login`)
  await page.getByLabel('User name').fill('lead')
  await page.getByLabel('Password').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/floor')
  await page.getByTestId('agent-tile').first().waitFor({ timeout: 120_000 })
  await page.evaluate(() => {
    window.__perf = { updates: 0, longTasks: [] }
    const target = document.querySelector('[data-testid="floor-updated"]')
    new MutationObserver(() => {
      window.__perf.updates++
    }).observe(target, { characterData: true, childList: true, subtree: true })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__perf.longTasks.push(entry.duration)
      }
    }).observe({ type: 'longtask', buffered: false })
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const start = await metrics()
  const tiles = await page.getByTestId('agent-tile').count()
  const kpis = await page.locator('[data-testid="kpi-waiting"] .kpi-sub').textContent()
  log(`floor shows ${tiles} agent tiles; ${kpis}`)
  for (let minute = 1; minute <= minutes; minute++) {
    await page.waitForTimeout(60_000)
    const now = await metrics()
    const perf = await page.evaluate(() => ({ updates: window.__perf.updates, longTasks: window.__perf.longTasks.length }))
    const open = await page.locator('[data-testid="kpi-waiting"] .kpi-sub').textContent()
    log(`minute ${minute}: ${open}, updates ${perf.updates}, JS heap used ${(now.JSHeapUsedSize / 1048576).toFixed(1)} MiB, DOM nodes ${now.Nodes}, long tasks ${perf.longTasks}`)
  }
  const end = await metrics()
  const perf = await page.evaluate(() => window.__perf)
  const updates = Math.max(1, perf.updates)
  const per = (name) => (((end[name] - start[name]) * 1000) / updates).toFixed(1)
  const sorted = [...perf.longTasks].sort((a, b) => a - b)
  log(`agents ${agents}, conversations ${conversations}, ${minutes} min, ${perf.updates} floor updates`)
  log(`main thread per update: task ${per('TaskDuration')} ms (script ${per('ScriptDuration')} ms, layout ${per('LayoutDuration')} ms, style ${per('RecalcStyleDuration')} ms)`)
  log(`long tasks (>50 ms): ${sorted.length}, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0) ?? '-'} ms, max ${sorted.at(-1)?.toFixed(0) ?? '-'} ms`)
  log(`JS heap used: ${(start.JSHeapUsedSize / 1048576).toFixed(1)} MiB at start, ${(end.JSHeapUsedSize / 1048576).toFixed(1)} MiB after ${minutes} min`)
} finally {
  await browser.close()
  server.stop()
}
