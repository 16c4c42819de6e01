import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {ruleUrl} from '../src/rule.js'
import {Editor} from './lsp-client.js'

// What `npm pack` would publish, as built by `npm test` before the tests run.
// Scripts are ignored: `prepare` would rebuild the `dist/` other tests use.

interface PackedFile {
  path: string
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string
  repository: {type: string; url: string}
  bugs: string
  homepage: string
  bin: Record<string, string>
  scripts: Record<string, string>
}

function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'], {encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  const [packed] = JSON.parse(result.stdout) as Array<{files: PackedFile[]}>
  return packed!.files.map((file) => file.path)
}

describe('the published files', () => {
  const files = packedFiles()

  test('hold the built library, its types, the licence and the README', () => {
    for (const name of ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/language-server.js', 'LICENSE', 'README.md', 'package.json']) {
      expect(files).toContain(name)
    }
    for (const target of Object.values(manifest.bin)) expect(files).toContain(path.posix.normalize(target))
  })

  test('hold no source maps, sources, tests or scripts', () => {
    expect(files.filter((name) => name.endsWith('.map'))).toEqual([])
    expect(files.filter((name) => /^(src|tests|scripts|examples\/(?!rules\/))/.test(name))).toEqual([])
  })
})

describe('package.json', () => {
  const repository = 'https://github.com/retext-officialese/retext-officialese'

  test('points at the repository the rule pages live in', () => {
    expect(ruleUrl('quote-style').startsWith(`${repository}/`)).toBe(true)
    expect(manifest.repository).toEqual({type: 'git', url: `git+${repository}.git`})
    expect(manifest.bugs).toBe(`${repository}/issues`)
    expect(manifest.homepage).toBe(`${repository}#readme`)
  })

  test('names the licence the LICENSE file holds', () => {
    expect(manifest.license).toBe('MIT')
    const licence = readFileSync('LICENSE', 'utf8')
    expect(licence.startsWith('MIT License\n')).toBe(true)
    expect(licence).toContain('Copyright (c) 2026 retext-officialese contributors')
  })
})

describe('prepare', () => {
  // npx installs a checkout into its cache (and runs `prepare`) the first time one of its commands runs.
  test('leaves a built dist/ alone under npx', () => {
    const cli = 'dist/cli.js'
    expect(existsSync(cli), 'run `npm run build` before this test').toBe(true)
    const before = statSync(cli).mtimeMs
    const [command, ...rest] = manifest.scripts.prepare!.split(' ')
    const result = spawnSync(command!, rest, {encoding: 'utf8', env: {...process.env, npm_command: 'exec'}})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout + result.stderr).toBe('')
    expect(statSync(cli).mtimeMs).toBe(before)
  })
})

describe('the VS Code example', () => {
  const extension = JSON.parse(readFileSync('examples/vscode/package.json', 'utf8')) as {
    main: string
    files: string[]
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
    scripts: Record<string, string>
  }
  const ignore = readFileSync('examples/vscode/.vscodeignore', 'utf8')
  const build = readFileSync('examples/vscode/build.mjs', 'utf8')

  // The library is not on the registry, and an unbundled node_modules would put thousands of files in the .vsix.
  test('fetches nothing: its bundles are built from this repository', () => {
    expect(extension.dependencies ?? {}).toEqual({})
    expect(extension.devDependencies ?? {}).toEqual({})
    expect(extension.scripts['vscode:prepublish']).toBe('node build.mjs')
    expect(build).toContain("new URL('src/language-server.ts', root)")
    expect(existsSync('src/language-server.ts')).toBe(true)
  })

  test('packages its two bundles only', () => {
    const bundles = ['out/extension.js', 'out/language-server.mjs']
    expect(extension.main).toBe(`./${bundles[0]}`)
    expect(extension.files).toEqual([...bundles, 'LICENSE'])
    const kept = ignore
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1))
    expect(kept).toEqual(['package.json', ...bundles, 'LICENSE'])
    expect(ignore.split('\n')).toContain('**')
    expect(readFileSync('examples/vscode/extension.js', 'utf8')).toContain("path.join(__dirname, 'language-server.mjs')")
  })

  test('bundles a language server that runs on its own', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'officialese-vscode-'))
    try {
      const build = spawnSync(process.execPath, ['examples/vscode/build.mjs', out], {encoding: 'utf8'})
      expect(build.status, build.stderr).toBe(0)
      expect(existsSync(path.join(out, 'extension.js'))).toBe(true)
      const editor = new Editor(path.join(out, 'language-server.mjs'))
      await editor.initialize(out)
      await editor.open('untitled:draft.txt', 'plaintext', 'Two to give full play to the key role of leaders.')
      const diagnostics = await editor.diagnostics('untitled:draft.txt')
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['enum-cardinal-marker'])
      await editor.shutdown()
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  })
})
