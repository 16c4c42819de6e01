import {spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {rules} from '../src/index.js'

// CI builds `dist/` before the tests; a private build can be tested with
// `OFFICIALESE_BIN=<folder>/cli.js npx vitest run tests/cli.test.ts`.
const bin = path.resolve(process.env.OFFICIALESE_BIN ?? 'dist/cli.js')
const fixtures = path.resolve('tests/fixtures/cli')
const temporaryFolders: string[] = []

afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, {recursive: true, force: true})
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the bin in a fixture folder (or any folder), with optional standard input. */
function run(cwd: string, args: string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: path.isAbsolute(cwd) ? cwd : path.join(fixtures, cwd),
    input: input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A copy of a fixture folder in a temporary folder, for runs that write. */
function copyFixture(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'officialese-cli-'))
  temporaryFolders.push(folder)
  cpSync(path.join(fixtures, name), folder, {recursive: true})
  return folder
}

function emptyFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'officialese-cli-'))
  temporaryFolders.push(folder)
  return folder
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd())
}

/** No stack trace ever reaches the user. */
function expectNoStack(result: Run): void {
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

describe('officialese', () => {
  it('exists (build it first)', () => {
    expect(existsSync(bin), bin).toBe(true)
  })

  it('prints help and version', () => {
    const help = run('.', ['--help'])
    expect(help.code).toBe(0)
    for (const flag of ['--fix', '--fix-dry-run', '--reporter', '--stdin-filename', '--format', '--frail', '--max-warnings', '--quiet']) {
      expect(help.stdout).toContain(flag)
    }
    const version = run('.', ['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('reports the seed text of `examples/`', () => {
    const result = run(path.resolve('.'), ['--no-config', 'examples/party-building.txt'])
    expect(result.stderr).toContain('examples/party-building.txt')
    expect(result.stderr).toMatch(/enum-cardinal-marker/)
    expect(result.stderr).toMatch(/^1 file checked: \d+ errors?, \d+ warnings? \(/m)
    expectNoStack(result)
  })

  describe('configuration', () => {
    it('uses the nearest configuration file: rc, YAML, JS, package.json', () => {
      const result = run('rc-cascade', ['.'])
      expect(result.code).toBe(1)
      expect(lines(result.stderr)).toEqual([
        'quiet-package/report.txt: no issues found',
        'report.txt',
        '1:19-1:34 warning Remove the repeated word `protest` repeated-word retext-officialese',
        '',
        'script/report.txt: no issues found',
        'strict/report.txt',
        '1:19-1:34 error   Remove the repeated word `protest` repeated-word retext-officialese',
        '',
        '2 messages (✖ 1 error, ⚠ 1 warning)',
        '4 files checked: 1 error, 1 warning (repeated-word 2).',
        ''
      ])
    })

    it('takes `--config` instead of searching, and `--no-config` for the recommended preset', () => {
      const given = run('rc-cascade', ['--config', 'strict/.officialeserc.yaml', 'quiet-package/report.txt'])
      expect(given.code).toBe(1)
      expect(given.stderr).toContain('1:19-1:34 error Remove the repeated word `protest`')
      const none = run('rc-cascade', ['--no-config', 'quiet-package/report.txt'])
      expect(none.stderr).toContain('Remove the repeated word `protest`')
    })

    it('skips what `.officialeseignore` lists, even when named', () => {
      const result = run('ignore-file', ['.', 'drafts/raw.txt'])
      expect(result.stderr).toContain('edited.txt')
      expect(result.stderr).not.toContain('raw.txt')
      expect(result.stderr).toContain('1 file checked')
      const unignored = run('ignore-file', ['--no-ignore', '.'])
      expect(unignored.stderr).toContain('drafts/raw.txt')
      const pattern = run('ignore-file', ['--ignore-pattern', 'edited.txt', '.'])
      expect(pattern.stderr).toContain('no files to check')
    })

    it.each([
      ['{"preset": "publication", rules: {}}', /^officialese: \.officialeserc\.json: cannot parse it: .*JSON.*$/],
      ['{"rules": {"nope": "error"}}', /^officialese: \.officialeserc\.json: unknown rule `nope` in `rules`$/],
      ['{"rulez": {}}', /^officialese: \.officialeserc\.json: unknown key `rulez` \(expected `preset`, `rules`/],
      ['{"preset": "loose"}', /^officialese: \.officialeserc\.json: unknown preset `loose`/],
      ['{"rules": {"repeated-word": "loud"}}', /^officialese: \.officialeserc\.json: expected `off`, `warn` or `error` for `rules\.repeated-word`/],
      ['{"rules": {"repeated-word": ["warn", {"x": 1}]}}', /^officialese: \.officialeserc\.json: unknown option `rules\.repeated-word\.x`/],
      ['["preset"]', /^officialese: \.officialeserc\.json: expected an object/]
    ])('exits 2 with one sentence for a bad configuration: %s', (content, message) => {
      const folder = emptyFolder()
      writeFileSync(path.join(folder, '.officialeserc.json'), content)
      writeFileSync(path.join(folder, 'a.txt'), 'The the meeting opened.\n')
      const result = run(folder, ['a.txt'])
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      const output = lines(result.stderr).filter(Boolean)
      expect(output).toHaveLength(1)
      expect(output[0]).toMatch(message)
    })

    it('exits 2 for the bad-config fixture, naming the file and the key', () => {
      const result = run('bad-config', ['.'])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'officialese: .officialeserc.json: expected a list for `rules.repeated-word.allow`, not a string\n'
      )
    })

    it('exits 2 for a broken YAML file and a missing `--config`', () => {
      const folder = emptyFolder()
      writeFileSync(path.join(folder, '.officialeserc.yaml'), 'rules: [a\n  b: {')
      writeFileSync(path.join(folder, 'a.txt'), 'Fine.\n')
      const yaml = run(folder, ['a.txt'])
      expect(yaml.code).toBe(2)
      expect(lines(yaml.stderr).filter(Boolean)).toEqual([expect.stringMatching(/^officialese: \.officialeserc\.yaml: cannot parse it: /)])
      const missing = run(folder, ['--config', 'nothere.json', 'a.txt'])
      expect(missing.code).toBe(2)
      expect(missing.stderr.trim()).toBe('officialese: nothere.json: cannot read it: no such file (ENOENT)')
    })
  })

  describe('inline control', () => {
    it('honours disable, enable and disable-next-line comments, but not comments in code', () => {
      const result = run('inline-disable', ['.'])
      expect(result.code).toBe(0)
      expect(lines(result.stderr)).toEqual([
        'article.md',
        '3:1-3:8     warning Remove the repeated word `the`                                             repeated-word retext-officialese',
        '11:19-11:30 warning Remove the repeated word `about`                                           repeated-word retext-officialese',
        '15:10-15:15 warning The word `in` is repeated; remove one unless the first ends a phrasal verb repeated-word retext-officialese',
        '21:1-21:8   warning Remove the repeated word `the`                                             repeated-word retext-officialese',
        '',
        'page.html',
        '1:4-1:11    warning Remove the repeated word `the`                                             repeated-word retext-officialese',
        '5:22-5:33   warning Remove the repeated word `about`                                           repeated-word retext-officialese',
        '',
        '⚠ 6 warnings',
        '2 files checked: 0 errors, 6 warnings (repeated-word 6).',
        ''
      ])
    })

    it('does not fix what a comment silences', () => {
      const folder = copyFixture('inline-disable')
      run(folder, ['--fix', 'article.md'])
      const fixed = readFileSync(path.join(folder, 'article.md'), 'utf8')
      expect(fixed).toContain('Police broke up a protest protest in the square.')
      expect(fixed).toContain('The delegation arrived')
      expect(fixed).toContain('The final paragraph is checked.')
    })
  })

  describe('reporters', () => {
    it('stylish: the report on stderr, nothing on stdout; --quiet hides clean files', () => {
      const result = run('reporters', ['.'])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('clean.md: no issues found')
      const quiet = run('reporters', ['--quiet', '.'])
      expect(quiet.stderr).not.toContain('clean.md')
      expect(quiet.stderr).toContain('2 files checked: 2 errors, 0 warnings (repeated-word 2).')
    })

    it('json: every file and finding on stdout', () => {
      const result = run('reporters', ['--reporter', 'json', '.'])
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout)
      expect(report.map((file: {path: string}) => file.path)).toEqual(['clean.md', 'report.txt'])
      expect(report[1]).toMatchObject({errorCount: 2, warningCount: 0, fixed: 0})
      expect(report[1].messages[0]).toEqual({
        ruleId: 'repeated-word',
        severity: 'error',
        reason: 'Remove the repeated word `protest`',
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 34,
        offset: 18,
        endOffset: 33,
        actual: 'protest protest',
        expected: ['protest'],
        autofix: true,
        category: 'accuracy/addition',
        url: expect.stringContaining('repeated-word')
      })
      expect(result.stderr).toContain('2 files checked')
    })

    it('github: workflow commands on stdout', () => {
      const result = run('reporters', ['--reporter', 'github', '.'])
      expect(result.code).toBe(1)
      expect(lines(result.stdout)).toEqual([
        '::error file=report.txt,line=1,col=19,endLine=1,endColumn=34,title=officialese(repeated-word)::Remove the repeated word `protest` (expected: `protest`)',
        '::error file=report.txt,line=3,col=23,endLine=3,endColumn=30,title=officialese(repeated-word)::The word `Bar` is repeated; remove one unless it is part of a name (expected: `Bar`)',
        ''
      ])
    })

    it('sarif: a valid SARIF 2.1.0 log with rule metadata', () => {
      const result = run('reporters', ['--reporter', 'sarif', '.'])
      expect(result.code).toBe(1)
      const log = JSON.parse(result.stdout)
      expectValidSarif(log)
      const driver = log.runs[0].tool.driver
      expect(driver.name).toBe('officialese')
      // Every rule is described, with the metadata the rule declares.
      for (const rule of driver.rules) {
        expect(rules[rule.id]?.meta.description, rule.id).toBe(rule.shortDescription.text)
      }
      const repeated = driver.rules.find((rule: {id: string}) => rule.id === 'repeated-word')
      expect(repeated).toMatchObject({
        shortDescription: {text: rules['repeated-word']!.meta.description},
        helpUri: expect.stringContaining('examples/rules/repeated-word.md'),
        defaultConfiguration: {level: 'error'},
        properties: {category: 'accuracy/addition'}
      })
      const results = log.runs[0].results
      expect(results).toHaveLength(2)
      expect(results[0]).toMatchObject({
        ruleId: 'repeated-word',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: 'report.txt', uriBaseId: 'SRCROOT'},
              region: {startLine: 1, startColumn: 19, endLine: 1, endColumn: 34, charOffset: 18, charLength: 15}
            }
          }
        ],
        fixes: [{artifactChanges: [{replacements: [{insertedContent: {text: 'protest'}}]}]}]
      })
    })

    it('sarif: files that were not checked become notifications', () => {
      const log = JSON.parse(run('binary', ['--reporter', 'sarif', 'image.txt']).stdout)
      expectValidSarif(log)
      expect(log.runs[0].results).toEqual([])
      expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('image.txt')
    })
  })

  describe('exit codes', () => {
    it('exits 0 without error-level findings, 1 with one', () => {
      expect(run('exit-codes', ['clean']).code).toBe(0)
      expect(run('exit-codes', ['warnings']).code).toBe(0)
      expect(run('exit-codes', ['errors']).code).toBe(1)
    })

    it('exits 1 on warnings with --frail or more than --max-warnings', () => {
      expect(run('exit-codes', ['--frail', 'warnings']).code).toBe(1)
      expect(run('exit-codes', ['--frail', 'clean']).code).toBe(0)
      expect(run('exit-codes', ['--max-warnings', '2', 'warnings']).code).toBe(0)
      const over = run('exit-codes', ['--max-warnings', '1', 'warnings'])
      expect(over.code).toBe(1)
      expect(over.stderr).toContain('2 warnings, more than --max-warnings 1')
    })

    it.each([
      [['--bogus'], /unknown option '--bogus'/],
      [['--reporter', 'xml', '.'], /unknown reporter `xml`/],
      [['--format', 'rtf', '.'], /unknown format `rtf`/],
      [['--fix=maybe', '.'], /unknown value `maybe` for --fix/],
      [['--max-warnings', 'many', '.'], /expected a whole number for --max-warnings/],
      [['--fix-dry-run', '--reporter', 'json', '.'], /--fix-dry-run prints a diff on stdout/]
    ])('exits 2 for a usage error: %s', (args, message) => {
      const result = run('exit-codes', args)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      expectNoStack(result)
    })

    it('exits 2 with one line for a missing file, and never prints a stack', () => {
      const result = run('exit-codes', ['nothere.txt'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('No such file or folder `nothere.txt`')
      expectNoStack(result)
    })
  })

  describe('fixing', () => {
    it('--fix writes safe fixes and leaves code and markup byte for byte', () => {
      const folder = copyFixture('fix')
      const result = run(folder, ['--fix', 'release.md'])
      expect(result.code).toBe(0)
      const fixed = readFileSync(path.join(folder, 'release.md'), 'utf8')
      expect(fixed).toBe(readFileSync(path.join(fixtures, 'fix/release.fixed.md'), 'utf8'))
      expect(fixed).toContain('    The the indented code stays.')
      expect(fixed).toContain('The the fenced code stays.')
      expect(fixed).toContain('<div class="note">The the markup stays  as it is.</div>')
      expect(fixed).toContain('`the the` code')
      expect(fixed).toContain('Samba Bar Bar')
      expect(result.stderr).toContain('5 fixes applied')
      // No temporary file is left behind.
      expect(readdirSync(folder).sort()).toEqual(['.officialeserc.json', 'release.fixed.md', 'release.md'])
      // Fixing again changes nothing.
      const again = run(folder, ['--fix', 'release.md'])
      expect(again.stderr).toContain('0 fixes applied')
      expect(readFileSync(path.join(folder, 'release.md'), 'utf8')).toBe(fixed)
    })

    it('--fix=all also applies the first suggestion', () => {
      const folder = copyFixture('fix')
      run(folder, ['--fix=all', 'release.md'])
      const fixed = readFileSync(path.join(folder, 'release.md'), 'utf8')
      expect(fixed).toContain('the Samba Bar downtown')
      expect(fixed).toContain('The the fenced code stays.')
    })

    it('--fix-dry-run prints a unified diff and writes nothing', () => {
      const folder = copyFixture('fix')
      const before = readFileSync(path.join(folder, 'release.md'), 'utf8')
      const result = run(folder, ['--fix-dry-run', 'release.md'])
      expect(readFileSync(path.join(folder, 'release.md'), 'utf8')).toBe(before)
      expect(result.stdout).toMatch(/^={10,}\n--- a\/release\.md\n\+\+\+ b\/release\.md\n@@ -1,/)
      expect(result.stdout).toContain('-# The the meeting\n+# The meeting\n')
      expect(result.stdout).not.toContain('fenced code')
      expect(result.stderr).toContain('5 fixes would be applied')
    })

    it('reports a file it cannot write and leaves it as it was', () => {
      const folder = copyFixture('fix')
      const file = path.join(folder, 'release.md')
      const before = readFileSync(file, 'utf8')
      chmodSync(file, 0o444)
      const result = run(folder, ['--fix', 'release.md'])
      chmodSync(file, 0o644)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Cannot write `release.md`: permission denied (EACCES)')
      expect(readFileSync(file, 'utf8')).toBe(before)
      expectNoStack(result)
    })
  })

  describe('standard input', () => {
    it('checks stdin as the file --stdin-filename names', () => {
      const markdown = run('stdin', ['--stdin-filename', 'note.md'], readFileSync(path.join(fixtures, 'stdin/note.md')))
      expect(markdown.code).toBe(1)
      expect(markdown.stderr).toContain('note.md')
      expect(markdown.stderr).toContain('1:1-1:8 error')
      expect(markdown.stderr).not.toContain('1:16')
    })

    it('prints the fixed text on stdout with --fix', () => {
      const result = run('stdin', ['--stdin-filename', 'note.txt', '--fix'], 'The the plan.\n')
      expect(result.stdout).toBe('The plan.\n')
      expect(result.code).toBe(0)
    })

    it('lets --format override the extension', () => {
      const result = run('stdin', ['--stdin-filename', 'note.txt', '--format', 'markdown'], '`the the` code.\n')
      expect(result.code).toBe(0)
    })
  })

  describe('files that are not text', () => {
    it('skips binary and non-UTF-8 files with a warning naming them, and never writes them', () => {
      const folder = copyFixture('binary')
      const before = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name))]))
      const result = run(folder, ['--fix', '.'])
      expect(result.code).toBe(0)
      expect(result.stderr).toContain('Skipped `image.txt`: binary file')
      expect(result.stderr).toContain('Skipped `latin1.txt`: not UTF-8 text')
      expect(result.stderr).toContain('Skipped `utf16.md`: UTF-16 text, expected UTF-8')
      expect(result.stderr).toContain('Empty file `empty.md`: nothing to check')
      expect(result.stderr).toContain('(3 files skipped)')
      for (const [name, bytes] of Object.entries(before)) expect(readFileSync(path.join(folder, name)), name).toEqual(bytes)
      expectNoStack(result)
    })

    it('checks a UTF-8 file that contains a replacement character', () => {
      const folder = emptyFolder()
      writeFileSync(path.join(folder, '.officialeserc.json'), '{"preset": "none", "rules": {"repeated-word": "error"}}')
      writeFileSync(path.join(folder, 'a.txt'), 'The \uFFFD sign. The the plan.\n')
      const result = run(folder, ['a.txt'])
      expect(result.code).toBe(1)
      expect(result.stderr).not.toContain('Skipped')
    })
  })
})

/**
 * The parts of the SARIF 2.1.0 schema a consumer relies on: required
 * properties, their types, and the values enumerations allow.
 */
function expectValidSarif(log: any): void {
  expect(log.version).toBe('2.1.0')
  expect(log.$schema).toMatch(/sarif-2\.1\.0/)
  expect(Array.isArray(log.runs)).toBe(true)
  for (const sarifRun of log.runs) {
    const driver = sarifRun.tool?.driver
    expect(typeof driver?.name).toBe('string')
    const ids = new Set<string>()
    for (const rule of driver.rules ?? []) {
      expect(typeof rule.id).toBe('string')
      expect(ids.has(rule.id), `duplicate rule ${rule.id}`).toBe(false)
      ids.add(rule.id)
      if (rule.shortDescription) expect(typeof rule.shortDescription.text).toBe('string')
      if (rule.helpUri) expect(() => new URL(rule.helpUri)).not.toThrow()
      if (rule.defaultConfiguration?.level) expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration.level)
    }
    for (const result of sarifRun.results ?? []) {
      expect(typeof result.message?.text).toBe('string')
      expect(['none', 'note', 'warning', 'error']).toContain(result.level)
      expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      for (const location of result.locations ?? []) {
        const physical = location.physicalLocation
        expect(typeof physical.artifactLocation.uri).toBe('string')
        expect(() => new URL(physical.artifactLocation.uri, 'file:///root/')).not.toThrow()
        if (physical.artifactLocation.uriBaseId) {
          expect(sarifRun.originalUriBaseIds[physical.artifactLocation.uriBaseId].uri).toMatch(/^file:\/\/.*\/$/)
        }
        const region = physical.region
        if (region) {
          expect(region.startLine).toBeGreaterThanOrEqual(1)
          expect(region.startColumn).toBeGreaterThanOrEqual(1)
          expect(region.endLine).toBeGreaterThanOrEqual(region.startLine)
          if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn)
          if (region.charLength !== undefined) expect(region.charLength).toBeGreaterThanOrEqual(0)
        }
      }
      for (const fix of result.fixes ?? []) {
        expect(fix.artifactChanges.length).toBeGreaterThan(0)
        for (const change of fix.artifactChanges) {
          expect(typeof change.artifactLocation.uri).toBe('string')
          expect(change.replacements.length).toBeGreaterThan(0)
          for (const replacement of change.replacements) expect(replacement.deletedRegion).toBeDefined()
        }
      }
    }
    for (const invocation of sarifRun.invocations ?? []) {
      expect(typeof invocation.executionSuccessful).toBe('boolean')
      for (const notification of invocation.toolExecutionNotifications ?? []) {
        expect(typeof notification.message.text).toBe('string')
      }
    }
  }
}
