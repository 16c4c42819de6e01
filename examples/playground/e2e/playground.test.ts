import {readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {checkSync, fixSync, rules, type Format} from '../../../src/index.ts'
import {openPlayground, type PlaygroundSession} from './playground-session.ts'

// The page must find exactly what the library finds in Node: the same
// findings, the same fixed text, in every format.

// The tracked screenshot is refreshed on purpose only (PLAYGROUND_SCREENSHOT=examples/playground/screenshot.png),
// so that a test run leaves the working tree as it was.
const screenshot = process.env.PLAYGROUND_SCREENSHOT ?? join(tmpdir(), 'officialese-playground.png')
const sample = await readFile(new URL('../../party-building.txt', import.meta.url), 'utf8')

let session: PlaygroundSession
let page: Page
let problems: string[]

beforeAll(async () => {
  session = await openPlayground({width: 1440, height: 900})
  page = session.page
  problems = session.problems
  await settled()
})

afterAll(async () => {
  await session?.close()
})

test('shows the seed’s findings, highlighted and counted, with every registered rule listed', async () => {
  const expected = checkSync(sample, {format: 'text'}).messages
  expect(expected.length).toBeGreaterThan(0)
  expect(await page.inputValue('#text')).toBe(sample)
  expect(await listedRules()).toEqual(expected.map((message) => message.ruleId))
  expect(await page.locator('#counts .total').textContent()).toBe(`${expected.length} finding${expected.length === 1 ? '' : 's'}`)
  expect(await page.locator('#backdrop .mark').count()).toBeGreaterThan(0)
  expect(await page.locator('#rules input[type=checkbox]').count()).toBe(Object.keys(rules).length)

  const categories = new Set(expected.map((message) => message.category))
  expect(await page.locator('#counts .chip').count()).toBe(categories.size)
  expect(await page.locator('#diff ins, #diff del').count()).toBeGreaterThan(0)

  await page.screenshot({path: screenshot})
})

test('selects a finding’s text when the finding is clicked', async () => {
  const item = page.locator('li.finding').nth(1)
  await item.locator('.reason').click()
  const selection = await page.$eval('#text', (editor) => {
    const area = editor as HTMLTextAreaElement
    return [area.selectionStart, area.selectionEnd]
  })
  expect(selection).toEqual([Number(await item.getAttribute('data-start')), Number(await item.getAttribute('data-end'))])
  expect(await item.getAttribute('class')).toContain('current')
})

test('applies one suggestion', async () => {
  const item = page.locator('li.finding:has(button.suggestion)').first()
  const start = Number(await item.getAttribute('data-start'))
  const end = Number(await item.getAttribute('data-end'))
  const button = item.locator('button.suggestion').first()
  const replacement = (await button.getAttribute('data-value')) ?? ''
  const before = await page.inputValue('#text')

  await button.click()
  const after = before.slice(0, start) + replacement + before.slice(end)
  await page.waitForFunction((value) => (document.querySelector('#text') as HTMLTextAreaElement).value === value, after)
  await settled()
  expect(await listedRules()).toEqual(checkSync(after).messages.map((message) => message.ruleId))
})

test('fixes all safe findings, then applies all suggestions', async () => {
  const before = await page.inputValue('#text')
  const safe = String(fixSync(before))
  expect(safe).not.toBe(before)
  await page.click('#fix-safe')
  await textBecomes(safe)
  expect(await listedRules()).toEqual(checkSync(safe).messages.map((message) => message.ruleId))
  expect(await page.locator('li.finding.safe').count()).toBe(0)

  const all = String(fixSync(safe, {apply: 'all'}))
  await page.click('#apply-all')
  await textBecomes(all)
  expect(await listedRules()).toEqual(checkSync(all).messages.map((message) => message.ruleId))

  // The editor's undo takes the fixes back.
  await page.focus('#text')
  await page.keyboard.press('Control+z')
  await textBecomes(safe)
})

test('checks while typing', async () => {
  await page.click('#restore')
  await textBecomes(sample)
  await page.focus('#text')
  await page.keyboard.press('Control+End')
  await page.keyboard.type('\n\nThe the meeting closed.', {delay: 5})
  await settled()
  const typed = `${sample}\n\nThe the meeting closed.`
  expect(await page.inputValue('#text')).toBe(typed)
  expect(await listedRules()).toEqual(checkSync(typed).messages.map((message) => message.ruleId))
  expect(await listedRules()).toContain('repeated-word')
})

test('switches format', async () => {
  const text = await page.inputValue('#text')
  for (const format of ['markdown', 'html', 'text'] satisfies Format[]) {
    await page.selectOption('#format', format)
    await settled()
    expect(await listedRules()).toEqual(checkSync(text, {format}).messages.map((message) => message.ruleId))
  }
})

test('turns a rule off and on', async () => {
  const box = page.locator('#rules input[data-rule="repeated-word"]')
  await box.uncheck()
  await settled()
  expect(await listedRules()).not.toContain('repeated-word')
  await box.check()
  await settled()
  expect(await listedRules()).toContain('repeated-word')
})

test('ran without errors', async () => {
  expect(await page.locator('#status.failed').count()).toBe(0)
  expect(problems).toEqual([])
})

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
