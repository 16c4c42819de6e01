import {describe, expect, it} from 'vitest'
import {applyInlineControl, checkSync, findDirectives, fixWithInlineControl} from '../src/index.js'
import {loadConfiguration} from '../src/config-files.js'

const only = {preset: 'none' as const, rules: {'repeated-word': 'warn' as const}}

function lines(value: string, format: 'markdown' | 'html'): number[] {
  return applyInlineControl(checkSync(value, {...only, format}), format).messages.map((message) => message.line!)
}

describe('inline control', () => {
  it('reads disable, enable and disable-next-line, with rule lists and explanations', () => {
    const directives = findDirectives(
      '<!-- officialese-disable repeated-word, quote-style -- quoted -->\n\n<!--officialese-enable-->\n\n<!-- officialese-disable-next-line -->\n',
      'markdown'
    )
    expect(directives.map(({kind, rules, line}) => ({kind, rules, line}))).toEqual([
      {kind: 'disable', rules: ['repeated-word', 'quote-style'], line: 1},
      {kind: 'enable', rules: [], line: 3},
      {kind: 'disable-next-line', rules: [], line: 5}
    ])
  })

  it('ignores look-alikes and comments inside code', () => {
    expect(findDirectives('<!-- officialese-disabled -->\n\n```\n<!-- officialese-disable -->\n```\n', 'markdown')).toEqual([])
    expect(findDirectives('<pre><code>&lt;!-- officialese-disable --&gt;</code></pre>', 'html')).toEqual([])
    expect(findDirectives('<!-- officialese-disable -->', 'text')).toEqual([])
  })

  it('silences a rule from the comment on, until it is enabled again', () => {
    const value = 'The the one.\n\n<!-- officialese-disable repeated-word -->\n\nThe the two.\n\n<!-- officialese-enable repeated-word -->\n\nThe the three.\n'
    expect(lines(value, 'markdown')).toEqual([1, 9])
  })

  it('turns one rule back on after a bare disable', () => {
    const value = '<!-- officialese-disable -->\n\nThe the one.\n\n<!-- officialese-enable repeated-word -->\n\nThe the two.\n'
    expect(lines(value, 'markdown')).toEqual([7])
  })

  it('leaves other rules alone', () => {
    const value = '<!-- officialese-disable quote-style -->\n\nThe the one.\n'
    expect(lines(value, 'markdown')).toEqual([3])
  })

  it('silences only the next line with disable-next-line', () => {
    const value = '<!-- officialese-disable-next-line repeated-word -->\nThe the one.\nThe the two.\n'
    expect(lines(value, 'markdown')).toEqual([3])
  })

  it('works in HTML', () => {
    const value = '<p>The the one.</p>\n<!-- officialese-disable -->\n<p>The the two.</p>\n<!-- officialese-enable -->\n<p>The the three.</p>\n'
    expect(lines(value, 'html')).toEqual([1, 5])
  })

  it('does not fix what it silences', () => {
    const value = 'The the one.\n\n<!-- officialese-disable repeated-word -->\n\nThe the two.\n'
    const fixed = fixWithInlineControl(value, {...only, format: 'markdown'})
    expect(String(fixed)).toBe('The one.\n\n<!-- officialese-disable repeated-word -->\n\nThe the two.\n')
    expect(fixed.messages).toEqual([])
    expect(fixed.data.fixed).toBe(1)
  })
})

describe('loadConfiguration', () => {
  it('finds the configuration the command uses', async () => {
    const cascade = 'tests/fixtures/cli/rc-cascade'
    expect(await loadConfiguration(`${cascade}/strict/report.txt`)).toEqual({
      options: {preset: 'none', rules: {'repeated-word': 'error'}},
      configPath: expect.stringMatching(/strict[\\/]\.officialeserc\.yaml$/)
    })
    const packaged = await loadConfiguration(`${cascade}/quiet-package/report.txt`)
    expect(packaged.options).toEqual({preset: 'none', rules: {'repeated-word': 'off'}})
    expect(packaged.configPath).toMatch(/package\.json$/)
  })

  it('throws a ConfigurationError naming the file and the key', async () => {
    await expect(loadConfiguration('report.txt', 'tests/fixtures/cli/bad-config')).rejects.toMatchObject({
      name: 'ConfigurationError',
      key: 'rules.repeated-word.allow',
      message: '.officialeserc.json: expected a list for `rules.repeated-word.allow`, not a string'
    })
  })
})
