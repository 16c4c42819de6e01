import {readFile} from 'node:fs/promises'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {checkSync, fixSync, type Format} from '../../../src/index.ts'
import {openPlayground, type PlaygroundSession} from './playground-session.ts'

// With the Chinese source in its pane, the page must find what the library
// finds for the pair in Node, and say why when the two cannot be paired.

const english = await readFile(new URL('../work-safety.en.txt', import.meta.url), 'utf8')
const source = await readFile(new URL('../work-safety.zh.txt', import.meta.url), 'utf8')
const sample = await readFile(new URL('../../party-building.txt', import.meta.url), 'utf8')
const extraSourceParagraph = '会议还对下一阶段安全生产检查作出部署。'

let session: PlaygroundSession
let page: Page
let problems: string[]

beforeAll(async () => {
  // A laptop screen: the source sits beside the English.
  session = await openPlayground({width: 1366, height: 768})
  page = session.page
  problems = session.problems
  await settled()
})

afterAll(async () => {
  await session?.close()
})

test('starts without a source: the pane is closed and the English is checked alone', async () => {
  expect(await page.isHidden('#source-pane')).toBe(true)
  expect(await page.inputValue('#source')).toBe('')
  expect(await page.textContent('#toggle-source')).toBe('Source (Chinese)')
  expect(await listedRules()).toEqual(ruleIds(checkSync(sample)))
})

test('loads the bilingual sample and shows the findings that compare the English with its source', async () => {
  await page.click('#load-bilingual')
  await textBecomes(english)
  expect(await page.isVisible('#source-pane')).toBe(true)
  expect(await page.inputValue('#source')).toBe(source)

  const expected = checkSync(english, {sourceText: source}).messages
  expect(await listedRules()).toEqual(expected.map((message) => message.ruleId))
  expect(await listedRules()).toEqual(expect.arrayContaining(['number-parity', 'list-parity']))
  expect(await listedRules()).not.toEqual(ruleIds(checkSync(english)))

  // The changed figure is marked where the English has it.
  const figure = expected.find((message) => message.ruleId === 'number-parity')!
  const item = page.locator('li.finding[data-rule="number-parity"]')
  expect(await item.getAttribute('data-start')).toBe(String(figure.place && 'start' in figure.place ? figure.place.start.offset : -1))
  expect(await item.locator('.reason').textContent()).toBe(figure.reason)
  expect(await page.isHidden('#source-message')).toBe(true)
  expect(await page.textContent('#status')).toContain('against 4 source paragraphs')
})

test('keeps checking against a hidden source, and says it is in use', async () => {
  await page.click('#toggle-source')
  expect(await page.isHidden('#source-pane')).toBe(true)
  expect(await page.textContent('#toggle-source')).toBe('Source (Chinese): in use')
  await page.selectOption('#preview-mode', 'all')
  await settled()
  expect(await listedRules()).toEqual(ruleIds(checkSync(english, {sourceText: source})))
  await page.selectOption('#preview-mode', 'safe')
  await settled()
  await page.click('#toggle-source')
  expect(await page.isVisible('#source-pane')).toBe(true)
})

test('applies the suggestions with the source as the library does', async () => {
  const fixed = String(fixSync(english, {sourceText: source, apply: 'all'}))
  expect(fixed).not.toBe(english)
  await page.click('#apply-all')
  await textBecomes(fixed)
  expect(await listedRules()).toEqual(ruleIds(checkSync(fixed, {sourceText: source})))
  await page.click('#load-bilingual')
  await textBecomes(english)
})

test('shows the library’s message when the paragraph counts differ, and still checks the English', async () => {
  const longer = `${source}${extraSourceParagraph}\n`
  await page.focus('#source')
  await page.keyboard.press('Control+End')
  await page.keyboard.type(`${extraSourceParagraph}\n`, {delay: 5})
  await settled()
  expect(await page.inputValue('#source')).toBe(longer)

  const message = pairingError(english, longer, 'text')
  expect(message).toMatch(/^Cannot pair the document with its source: the English has 4 paragraphs and the source 5/)
  expect(await page.isVisible('#source-message')).toBe(true)
  expect(await page.textContent('#source-message')).toBe(message)
  expect(await listedRules()).toEqual(ruleIds(checkSync(english)))
  expect(await page.locator('#status.failed').count()).toBe(0)
})

test('says so when the format cannot be paired, and clears the message with the source', async () => {
  await page.click('#load-bilingual')
  await textBecomes(english)
  await page.selectOption('#format', 'html')
  await settled()
  expect(await page.textContent('#source-message')).toBe(pairingError(english, source, 'html'))
  await page.selectOption('#format', 'text')
  await settled()
  expect(await page.isHidden('#source-message')).toBe(true)

  await page.click('#clear-source')
  await settled()
  expect(await page.inputValue('#source')).toBe('')
  expect(await listedRules()).toEqual(ruleIds(checkSync(english)))
})

test('ran without errors', async () => {
  expect(await page.locator('#status.failed').count()).toBe(0)
  expect(problems).toEqual([])
})

function pairingError(text: string, original: string, format: Format): string {
  try {
    checkSync(text, {sourceText: original, format})
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('Expected the two texts not to pair')
}

function ruleIds(file: ReturnType<typeof checkSync>): string[] {
  return file.messages.map((message) => String(message.ruleId))
}

async function listedRules(): Promise<string[]> {
  return page.locator('li.finding').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule ?? ''))
}

// Wait until typing has paused and the newest check and its preview have both come back.
async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const {requested, checked, previewed, typing} = document.body.dataset
    return typing === undefined && requested !== undefined && requested === checked && requested === previewed
  })
}

async function textBecomes(value: string): Promise<void> {
  await page.waitForFunction((text) => (document.querySelector('#text') as HTMLTextAreaElement).value === text, value)
  await settled()
}
