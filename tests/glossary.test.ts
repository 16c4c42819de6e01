import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import officialese, {check, checkSync, ConfigError, fix, fixSync, shippedGlossary} from '../src/index.js'
import {mergeGlossary} from '../src/glossary/index.js'

const seed = readFileSync('examples/party-building.txt', 'utf8')
const fixtures = 'tests/fixtures/glossary'
const glossaryRules = ['official-title-term', 'party-capitalization', 'term-consistency', 'numeric-slogan']

function findings(file: VFile): Array<[string, string, string | undefined, boolean]> {
  return file.messages
    .filter((message) => glossaryRules.includes(String(message.ruleId)))
    .map((message) => [String(message.ruleId), String(message.actual), message.expected?.[0], message.autofix === true])
}

const only = (...ids: string[]) => ({preset: 'none' as const, rules: Object.fromEntries(ids.map((id) => [id, 'warn' as const]))})

describe('the seed text', () => {
  it('gets the glossary findings of the recommended preset', async () => {
    const found = findings(await check(seed))
    expect(found).toContainEqual(['official-title-term', 'organization department minister', 'head of the Organization Department', false])
    expect(found).toContainEqual(['official-title-term', 'Secretary General', 'Secretary-General', true])
    expect(found).toContainEqual(['official-title-term', 'the Commission', 'the municipal Party committee', false])
    expect(found).toContainEqual(['term-consistency', 'grass-roots', 'grassroots', true])
    expect(found).toContainEqual(['term-consistency', 'party construction', 'Party building', false])
    expect(found).toContainEqual(['term-consistency', 'Party Construction', 'Party building', false])
    expect(found).toContainEqual(['numeric-slogan', 'two city', 'two cities', false])
    // The seed writes both "Party building" and "party building": `recommended` capitalises.
    expect(found).toContainEqual(['party-capitalization', 'party', 'Party', true])
  })

  it('capitalises Party terms with the publication preset', async () => {
    const fixed = String(await fix(seed, {preset: 'publication'}))
    expect(fixed).toContain('the city Party building special debriefing meeting')
    expect(fixed).toContain('the Party’s ability to innovate')
    expect(fixed).not.toMatch(/\bparty (?:building|secretary|organizations?)\b/)
    expect(fixed).not.toContain('grass-roots')
    expect(fixed).toContain('Secretary-General Zhang Yonghai')
  })
})

describe('false positives stay silent', () => {
  const silent = [
    'The CPC Central Committee hired a third party. Party A signed; the birthday party members cheered.',
    'Xi Jinping met the Labour Party delegation. The party leader and party members thanked him.',
    'The municipal Party committee met before the "two sessions" and the "Two Sessions".',
    'The Ministry of Commerce said the minister of commerce would attend.',
    'NATO Secretary General Jens Stoltenberg met the municipal Party committee.',
    'The European Commission and the municipal committee of the CPC met. The Commission agreed.'
  ]
  for (const text of silent) {
    it(text, () => {
      expect(findings(checkSync(text, {preset: 'publication'}))).toEqual([])
    })
  }
})

describe('a user glossary', () => {
  const text = 'Basic-level officials met primary-level Party organizations and upheld the "two maintenances" and the "Two Upholds".'

  for (const name of ['house.yaml', 'house.json']) {
    it(`adds a term and overrides a shipped slogan (${name})`, async () => {
      const options = {...only('term-consistency', 'numeric-slogan'), glossary: `${fixtures}/${name}`}
      expect(findings(await check(text, options))).toEqual([
        ['term-consistency', 'Basic-level', 'Primary-level', false],
        ['numeric-slogan', 'two maintenances', 'Two Safeguards', true],
        ['numeric-slogan', 'Two Upholds', 'Two Safeguards', true]
      ])
      expect(String(await fix(text, options))).toBe(
        'Basic-level officials met primary-level Party organizations and upheld the "Two Safeguards" and the "Two Safeguards".'
      )
    })
  }

  it('switches a shipped entry off with empty variants', async () => {
    const options = {...only('official-title-term'), glossary: `${fixtures}/off.json`}
    expect(findings(await check('Secretary General Zhang Yonghai spoke.', options))).toEqual([])
    expect(findings(await check('Organization department minister Bi Xiaoning spoke.', options))).toHaveLength(1)
  })

  it('is given inline to checkSync and fixSync', () => {
    const glossary = {titles: [{official: 'county head', variants: ['county magistrate'], fix: 'suggest' as const}]}
    const file = checkSync('The county magistrate spoke.', {...only('official-title-term'), glossary})
    expect(findings(file)).toEqual([['official-title-term', 'county magistrate', 'county head', false]])
    expect(String(fixSync('The county magistrate spoke.', {...only('official-title-term'), glossary, apply: 'all'}))).toBe(
      'The county head spoke.'
    )
  })

  it('is read by the preset plugin from a file', async () => {
    const processor = unified().use(retextEnglish).use(officialese, {...only('numeric-slogan'), glossary: `${fixtures}/house.yaml`})
    const file = new VFile('Uphold the "Two Upholds".')
    await processor.run(processor.parse(file), file)
    expect(findings(file)).toEqual([['numeric-slogan', 'Two Upholds', 'Two Safeguards', true]])
  })

  it('reads Chinese terms from a file', async () => {
    const options = {...only('official-title-term'), glossary: `${fixtures}/zh.yaml`}
    // The other rules read an entry with a Chinese term as any other.
    expect(findings(await check('The party secretary spoke.', options))).toEqual([['official-title-term', 'party secretary', 'Party chief', false]])
    const {loadGlossary} = await import('../src/glossary/index.js')
    expect(await loadGlossary(`${fixtures}/zh.yaml`)).toEqual({
      titles: [{official: 'Party chief', zh: ['党委书记', '党组书记'], variants: ['party secretary'], fix: 'suggest'}]
    })
  })

  it('leaves the shipped glossary unchanged', () => {
    const before = JSON.stringify(shippedGlossary)
    mergeGlossary(shippedGlossary, {slogans: [{official: 'Two Safeguards', variants: ['Two Upholds']}]})
    expect(JSON.stringify(shippedGlossary)).toBe(before)
  })
})

describe('a bad glossary', () => {
  const cases: Array<[string, string]> = [
    ['bad-entry.json', 'bad-entry.json: terms, entry 3: expected a string for `official`'],
    ['bad-fix.yaml', 'bad-fix.yaml: titles, entry 1 ("head of the Organization Department"): expected `safe` or `suggest` for `fix`, not "always"'],
    ['bad-shape.json', 'bad-shape.json: expected an object with `titles`, `terms`, `slogans` lists'],
    ['bad-table.yaml', 'bad-table.yaml: unknown table `phrases` (expected `titles`, `terms`, `slogans`)'],
    ['glossary.txt', 'glossary.txt: expected a glossary file ending in .json, .yaml or .yml'],
    ['missing.json', 'missing.json: cannot read the glossary file (ENOENT)']
  ]
  for (const [name, message] of cases) {
    it(name, async () => {
      const error = await check('text', {glossary: `${fixtures}/${name}`}).catch((error: unknown) => error)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).message).toBe(`${fixtures}/${message}`)
      expect((error as ConfigError).key).toBe('glossary')
    })
  }

  it('names the parser error of a bad YAML or JSON file', async () => {
    for (const [name, kind] of [['bad-syntax.yaml', 'YAML'], ['bad-json.json', 'JSON']]) {
      const error = await fix('text', {glossary: `${fixtures}/${name}`}).catch((error: unknown) => error)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).message).toMatch(new RegExp(`^${fixtures}/${name}: not valid ${kind}: \\S`))
      expect((error as ConfigError).message).not.toContain('\n')
    }
  })

  it('rejects a bad inline entry, naming the field', () => {
    const glossary = {terms: [{official: 'grassroots', variants: 'grass-roots'}]} as never
    expect(() => checkSync('text', {glossary})).toThrow(
      new ConfigError('glossary: terms, entry 1 ("grassroots"): expected a list of strings for `variants`', 'glossary')
    )
    const unknownField = {titles: [{official: 'county head', variant: ['county magistrate']}]} as never
    expect(() => checkSync('text', {glossary: unknownField})).toThrow(/unknown field `variant`/)
  })

  it('takes a Chinese term as a string or a list of strings, and nothing else', () => {
    const text = 'text'
    expect(() => checkSync(text, {glossary: {titles: [{official: 'Party chief', variants: [], zh: '党委书记'}]}})).not.toThrow()
    expect(() => checkSync(text, {glossary: {titles: [{official: 'Party chief', variants: [], zh: ['党委书记', '党组书记']}]}})).not.toThrow()
    for (const zh of [42, [], [''], ['党委书记', 7], ' ']) {
      const glossary = {titles: [{official: 'Party chief', variants: [], zh}]} as never
      expect(() => checkSync(text, {glossary})).toThrow(
        new ConfigError('glossary: titles, entry 1 ("Party chief"): expected a string or a list of strings for `zh`', 'glossary')
      )
    }
  })

  it('refuses a file path in checkSync, with a clear error', () => {
    expect(() => checkSync('text', {glossary: `${fixtures}/house.json`})).toThrow(ConfigError)
    expect(() => fixSync('text', {glossary: `${fixtures}/house.json`})).toThrow(/read it with the async `check` or `fix`/)
  })
})

describe('browser safety', () => {
  it('keeps node:fs and yaml out of the static imports of the library', () => {
    const seen = new Set<string>()
    const pending = ['src/index.ts']
    while (pending.length > 0) {
      const path = pending.pop()!
      if (seen.has(path)) continue
      seen.add(path)
      const source = readFileSync(path, 'utf8')
      for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier!.startsWith('.')) {
          pending.push(new URL(specifier!.replace(/\.js$/, '.ts'), `file:///${path}`).pathname.slice(1))
        } else {
          expect(specifier, `${path} imports ${specifier}`).not.toMatch(/^(?:node:|fs$|path$|yaml$)/)
        }
      }
    }
    expect(seen.has('src/glossary/load-file.ts')).toBe(false)
    expect(seen.has('src/glossary/index.ts')).toBe(true)
  })
})
