import {existsSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {reportHtml} from '../../src/cli/reporters/html.js'
import {checkSync} from '../../src/index.js'

// The HTML report opened from disk, as a person opens it: it must work
// offline, run its own script only, and link the findings to the text.

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
if (!haveChromium) {
  console.warn(`Skipping the HTML report's browser test: no Chromium at ${chromiumPath} (install Debian's chromium, or set CHROMIUM_PATH)`)
}

const filler = 'The committee reviewed the annual report and approved the budget for the coming year.\n\n'
const long =
  'Comrade Li stressed that we must must firmly grasp the key work of party building.\n\n' +
  filler.repeat(60) +
  'At the end of the meeting the the delegates agreed to deepen reform.\n'
const trap = 'The the notice read </script><script>alert(1)</script><img src=x onerror="alert(2)"> today.\n'

let folder: string
let profile: string
let context: BrowserContext
let page: Page
let findings: string[]
const problems: string[] = []
const requests: string[] = []

describe.skipIf(!haveChromium)('the HTML report in Chromium', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'officialese-report-'))
    profile = await mkdtemp(join(tmpdir(), 'officialese-chromium-'))
    const longFile = checkSync(new VFile({path: 'long.txt', value: long}))
    const trapFile = checkSync(new VFile({path: '<img src=x onerror=alert(3)>.txt', value: trap}))
    const clean = checkSync(new VFile({path: 'clean.txt', value: filler}))
    const gone = checkSync(new VFile({path: 'gone.txt', value: trap}))
    const texts = new Map([
      [longFile, long],
      [trapFile, trap],
      [clean, filler]
    ])
    findings = [longFile, trapFile, clean, gone].flatMap((file) => file.messages.map((message) => message.ruleId ?? ''))
    const html = reportHtml([longFile, trapFile, clean, gone], {
      show: (file) => file.path,
      readText: (file) => texts.get(file),
      tool: {name: 'officialese', version: '0.0.0'}
    })
    const report = join(folder, 'report.html')
    await writeFile(report, html)

    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: {width: 1280, height: 800},
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`)
    })
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(report).href)
  })

  afterAll(async () => {
    await context?.close()
    await Promise.all([folder, profile].filter(Boolean).map((path) => rm(path, {recursive: true, force: true})))
  })

  test('opens offline with every finding listed', async () => {
    expect(findings.length).toBeGreaterThan(3)
    expect(await page.title()).toBe('officialese report')
    const listed = await page.locator('li.finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule ?? ''))
    expect(listed).toEqual(findings)
    expect(await page.locator('section.file').count()).toBe(4)
    expect(await page.locator('section.file').nth(1).locator('h2').textContent()).toBe('<img src=x onerror=alert(3)>.txt')
    expect(await page.locator('section.file').nth(1).locator('pre.text').textContent()).toBe(trap)
    expect(await page.locator('section.file').nth(3).locator('.unreadable').count()).toBe(1)
  })

  test('scrolls to and lights up a finding’s text when the finding is clicked', async () => {
    const section = page.locator('section.file').first()
    const item = section.locator('li.finding').last()
    const index = await item.getAttribute('data-index')
    const marks = section.locator(`mark[data-f~="${index}"]`)
    expect(await marks.count()).toBeGreaterThan(0)
    expect(await inView(marks.first(), section.locator('pre.text'))).toBe(false)

    await item.click()
    expect(await item.getAttribute('class')).toContain('current')
    expect(await marks.first().getAttribute('class')).toContain('active')
    expect(await section.locator('mark.active').count()).toBe(await marks.count())
    expect(await inView(marks.first(), section.locator('pre.text'))).toBe(true)
    const start = Number(await item.getAttribute('data-start'))
    const end = Number(await item.getAttribute('data-end'))
    expect((await marks.allTextContents()).join('')).toBe(long.slice(start, end))
  })

  test('selects a highlight’s finding when the highlight is clicked', async () => {
    const section = page.locator('section.file').first()
    await section.locator('pre.text').evaluate((pre) => pre.scrollTo(0, 0))
    const mark = section.locator('mark[data-f]').first()
    const index = (await mark.getAttribute('data-f'))!.split(' ')[0]
    await mark.click()
    const item = section.locator(`li.finding[data-index="${index}"]`)
    expect(await item.getAttribute('class')).toContain('current')
    expect(await section.locator('li.finding.current').count()).toBe(1)
    expect(await inView(item, section.locator('ol.findings'))).toBe(true)
  })

  test('selects a finding from the keyboard', async () => {
    const item = page.locator('section.file').nth(1).locator('li.finding').first()
    await item.focus()
    await page.keyboard.press('Enter')
    expect(await item.getAttribute('class')).toContain('current')
    expect(await page.locator('li.finding.current').count()).toBe(1)
  })

  test('ran its own script only, loaded nothing and logged no error', async () => {
    expect(problems).toEqual([])
    expect(requests).toEqual([pathToFileURL(join(folder, 'report.html')).href])
  })
})

// Whether the element's box lies inside both its scrolling container and the window.
async function inView(element: ReturnType<Page['locator']>, container: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await element.boundingBox()
  const frame = await container.boundingBox()
  const viewport = page.viewportSize()
  if (!box || !frame || !viewport) return false
  return (
    box.y >= frame.y && box.y + box.height <= frame.y + frame.height && box.y >= 0 && box.y + box.height <= viewport.height
  )
}
