import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {build} from 'vite'
import {serveFolder, type StaticServer} from './static-server.ts'

const playground = fileURLToPath(new URL('..', import.meta.url))
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The built playground open in Debian's Chromium, and what went wrong on the page. */
export interface PlaygroundSession {
  page: Page
  /** Page errors and console errors, as they happened. */
  problems: string[]
  close(): Promise<void>
}

/**
 * Build the playground into a temporary folder (never a tracked one), serve
 * it and open it in a fresh Chromium profile with no network beyond the page.
 */
export async function openPlayground(viewport: {width: number; height: number}): Promise<PlaygroundSession> {
  const outDir = await mkdtemp(join(tmpdir(), 'officialese-playground-'))
  const profile = await mkdtemp(join(tmpdir(), 'officialese-chromium-'))
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  const close = async () => {
    await context?.close()
    await server?.close()
    await Promise.all([outDir, profile].map((folder) => rm(folder, {recursive: true, force: true})))
  }
  try {
    await build({root: playground, configFile: join(playground, 'vite.config.ts'), logLevel: 'error', build: {outDir, emptyOutDir: true}})
    server = await serveFolder(outDir)
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await page.goto(server.url)
    return {page, problems, close}
  } catch (error) {
    await close()
    throw error
  }
}
