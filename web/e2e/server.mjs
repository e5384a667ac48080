// Starts the real Realtime server (embedded default, demo traffic on) on a free loopback port for the browser tests.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export const apiKey = 'e2e-key'

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * `dotnet run` of src/Realtime.Server. In CI (CI=true) the solution was already built in Release by infra/test.sh,
 * so that build is reused; otherwise `dotnet run` builds what changed. The web app is built by the caller.
 */
export async function startServer(repoRoot, log, extraArgs = []) {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const project = path.join(repoRoot, 'src', 'Realtime.Server')
  const releaseBuilt = existsSync(path.join(project, 'bin', 'Release', 'net10.0', 'Realtime.Server.dll'))
  const buildArgs = process.env.CI === 'true' && releaseBuilt ? ['-c', 'Release', '--no-build'] : ['-p:SkipWebBuild=true']
  const args = ['run', '--project', project, ...buildArgs, '--', '--urls', baseUrl, '--Demo:Enabled=true', `--Ingest:ApiKeys:0=${apiKey}`, ...extraArgs]
  log(`starting server: dotnet ${args.join(' ')}`)
  const child = spawn('dotnet', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const output = []
  const keep = (chunk) => {
    output.push(chunk.toString())
    if (output.length > 400) {
      output.shift()
    }
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  let exited = null
  child.on('exit', (code) => {
    exited = code
  })

  const deadline = Date.now() + 300_000
  for (;;) {
    if (exited !== null) {
      throw new Error(`server exited with code ${exited} before it was ready:\n${output.join('').slice(-4000)}`)
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`server not ready after 300 s:\n${output.join('').slice(-4000)}`)
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`)
      if (response.ok) {
        break
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }

  function stop() {
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
    }
  }
  return { baseUrl, stop, output: () => output.join('') }
}

/** Builds the web app (unless E2E_SKIP_WEB_BUILD=1), then starts the server: what every browser suite does first. */
export async function buildWebAndStartServer(webDir, log) {
  if (process.env.E2E_SKIP_WEB_BUILD !== '1') {
    log('npm run build')
    execFileSync('npm', ['run', 'build'], { cwd: webDir, stdio: 'inherit' })
  }
  return startServer(path.resolve(webDir, '..'), log)
}
