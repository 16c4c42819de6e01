import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import tsupConfig from '../tsup.config.js'
import {helpText, reporterNames} from '../src/cli/args.js'

// The GitHub Action (action.yml) and the example workflow that uses it. The
// action's check step is run here as GitHub runs it, with bash, against the
// CLI that `npm test` builds first.

interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, string>
  env?: Record<string, string>
}

interface Action {
  name: string
  description: string
  inputs: Record<string, {description: string; default?: string; required?: boolean}>
  outputs: Record<string, {description: string; value: string}>
  runs: {using: string; steps: Step[]}
}

interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, {permissions?: Record<string, string>; steps: Step[]}>
}

const actionSource = readFileSync('action.yml', 'utf8')
const action = parse(actionSource) as Action
const workflow = parse(readFileSync('examples/ci/officialese.yml', 'utf8')) as Workflow
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {bin: Record<string, string>; repository: {url: string}}
const steps = action.runs.steps
const check = steps.find((step) => step.id === 'check')!
const failLevels = ['error', 'warning', 'never']

/** Where tsup writes an entry: its path below the entries' common folder, in `outDir`. */
function builtPath(entry: string): string {
  const config = tsupConfig as {entry: string[]; outDir?: string}
  const folders = config.entry.map((name) => path.posix.dirname(name).split('/'))
  const common: string[] = []
  for (const [index, part] of folders[0]!.entries()) {
    if (!folders.every((parts) => parts[index] === part)) break
    common.push(part)
  }
  expect(config.entry).toContain(entry)
  const relative = path.posix.relative(common.join('/'), entry).replace(/\.ts$/, '.js')
  return path.posix.join(config.outDir ?? 'dist', relative)
}

describe('action.yml', () => {
  test('is a composite action whose run steps name their shell and take inputs through the environment', () => {
    expect(action.name).toBe('officialese')
    expect(action.description.length).toBeGreaterThan(0)
    expect(action.runs.using).toBe('composite')
    for (const step of steps.filter((step) => step.run !== undefined)) {
      expect(step.shell, step.name).toBe('bash')
      // An expression inside a script is pasted into it before bash reads it.
      expect(step.run, step.name).not.toContain('${{')
    }
  })

  test('declares every input it uses and uses every input it declares', () => {
    const used = new Set([...actionSource.matchAll(/\binputs\.([\w-]+)/g)].map((match) => match[1]))
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy()
    expect(failLevels).toContain(action.inputs['fail-on']!.default)
    expect(reporterNames).toContain(action.inputs.reporter!.default)
  })

  test('reads its outputs from steps that write them', () => {
    const written = [...check.run!.matchAll(/echo "([\w-]+)=[^"]*" >> "\$GITHUB_OUTPUT"/g)].map((match) => match[1])
    for (const output of Object.values(action.outputs)) {
      const [, id, name] = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(output.value)!
      expect(id).toBe('check')
      expect(written).toContain(name)
    }
    for (const [, id, name] of actionSource.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect(steps.map((step) => step.id)).toContain(id)
      expect(written).toContain(name)
    }
  })

  test('builds the package in its own folder and runs the CLI that tsup writes', () => {
    const cli = builtPath('src/cli.ts')
    expect(path.posix.normalize(manifest.bin.officialese!)).toBe(cli)
    const build = steps.find((step) => step.name === 'Build officialese')!
    expect(build.run).toContain('cd "$GITHUB_ACTION_PATH"')
    expect(build.run).toContain('npm ci')
    expect(build.run).toContain('npm run build')
    expect(build.run).toContain(`[ ! -f ${cli} ]`)
    expect(check.run).toContain(`cli="$GITHUB_ACTION_PATH/${cli}"`)
  })

  test('passes officialese only options it has', () => {
    const options = new Set([...check.run!.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((match) => match[0]))
    expect(options.size).toBeGreaterThan(0)
    for (const option of options) expect(helpText).toContain(option)
    for (const [, reporter] of check.run!.matchAll(/--reporter (\w+)/g)) expect(reporterNames).toContain(reporter)
  })

  test('uploads SARIF with the code scanning action, only for the SARIF reporter', () => {
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!
    expect(upload.if).toBe("inputs.upload-sarif == 'true' && inputs.reporter == 'sarif'")
    expect(upload.with?.sarif_file).toBe('${{ steps.check.outputs.report }}')
  })
})

describe('the check step', () => {
  const cli = path.resolve(process.env.OFFICIALESE_BIN ?? builtPath('src/cli.ts'))
  const actionPath = path.dirname(path.dirname(cli))
  const root = mkdtempSync(path.join(tmpdir(), 'officialese-action-'))
  let runs = 0
  afterAll(() => rmSync(root, {recursive: true, force: true}))

  function runCheck(inputs: Record<string, string>) {
    const folder = path.join(root, String(runs++))
    const workspace = path.join(folder, 'workspace')
    const runnerTemp = path.join(folder, 'runner')
    mkdirSync(runnerTemp, {recursive: true})
    const files: Record<string, string> = {
      'docs/top.md': 'Two to give full play to the key role of leaders.\n',
      'docs/one/a.md': 'The the meeting closed.\n',
      'docs/one/two/b.md': 'In September 17th, the meeting closed.\n',
      'notes.txt': 'In September 17th, the meeting closed.\n'
    }
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(workspace, name)), {recursive: true})
      writeFileSync(path.join(workspace, name), text)
    }
    const output = path.join(folder, 'output')
    const summary = path.join(folder, 'summary')
    writeFileSync(output, '')
    writeFileSync(summary, '')
    const env: Record<string, string> = {PATH: process.env.PATH ?? '', GITHUB_ACTION_PATH: actionPath, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary}
    for (const [name, value] of Object.entries(check.env!)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1]!
      env[name] = inputs[input] ?? action.inputs[input]!.default ?? ''
    }
    // GitHub's own command line for `shell: bash`.
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', check.run!], {cwd: workspace, env, encoding: 'utf8'})
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/=(.*)/).slice(0, 2))
    ) as Record<string, string>
    return {status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: readFileSync(summary, 'utf8')}
  }

  function sarifFiles(report: string): string[] {
    const sarif = JSON.parse(readFileSync(report, 'utf8')) as {
      runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>
    }
    return [...new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))].sort()
  }

  test('hands globs to officialese unexpanded, writes SARIF and a summary, and keeps exit code 1 for later', () => {
    const result = runCheck({paths: "docs/**/*.md\nnotes.txt"})
    expect(result.status, result.stderr).toBe(0)
    expect(result.outputs['exit-code']).toBe('1')
    expect(result.outputs.report).toMatch(/officialese\.sarif$/)
    // bash alone would have made `docs/**/*.md` into `docs/one/a.md`.
    expect(sarifFiles(result.outputs.report!)).toEqual(['docs/one/a.md', 'docs/one/two/b.md', 'docs/top.md', 'notes.txt'])
    expect(result.summary).toContain('enum-cardinal-marker')
    expect(result.summary).toMatch(/^#/m)
  })

  test('fails on warnings with fail-on warning, and not with fail-on never', () => {
    const warning = runCheck({paths: 'notes.txt', 'fail-on': 'warning', summary: 'false'})
    expect(warning.outputs['exit-code']).toBe('1')
    expect(warning.summary).toBe('')
    const never = runCheck({paths: 'notes.txt', 'fail-on': 'never', summary: 'false'})
    expect(never.outputs['exit-code']).toBe('0')
  })

  test('prints annotations with the github reporter and writes no report file', () => {
    const result = runCheck({paths: 'docs/top.md', reporter: 'github', summary: 'false'})
    expect(result.stdout).toMatch(/^::error file=docs\/top\.md,line=1/m)
    expect(result.outputs.report).toBe('')
  })

  test('stops with exit code 2 on a bad fail-on value, a bad configuration or no path', () => {
    const level = runCheck({'fail-on': 'sometimes'})
    expect(level.status).toBe(2)
    expect(level.stdout).toContain('::error::officialese: fail-on must be error, warning or never')
    const config = runCheck({config: 'missing.json'})
    expect(config.status).toBe(2)
    expect(config.outputs['exit-code']).toBe('2')
    const none = runCheck({paths: ' '})
    expect(none.status).toBe(2)
    expect(none.stdout).toContain('::error::officialese: the paths input names no file')
  })
})

describe('the example workflow', () => {
  const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.includes('/retext-officialese@')))

  test('uses this repository’s action with inputs it declares', () => {
    const repository = /github\.com\/([\w-]+\/[\w-]+)\.git$/.exec(manifest.repository.url)![1]
    expect(uses.length).toBeGreaterThan(0)
    for (const step of uses) {
      expect(step.uses).toMatch(new RegExp(`^${repository}@[\\w.-]+$`))
      for (const [name, value] of Object.entries(step.with ?? {})) {
        expect(Object.keys(action.inputs)).toContain(name)
        if (name === 'reporter') expect(reporterNames).toContain(value)
        if (name === 'fail-on') expect(failLevels).toContain(value)
      }
    }
  })

  test('may upload SARIF, and installs nothing into the checkout', () => {
    const uploads = uses.some((step) => (step.with?.reporter ?? action.inputs.reporter!.default) === 'sarif' && step.with?.['upload-sarif'] !== 'false')
    expect(uploads).toBe(true)
    expect(workflow.permissions?.['security-events']).toBe('write')
    const scripts = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''))
    expect(scripts.filter((script) => /\bnpm (install|ci|i)\b/.test(script))).toEqual([])
  })
})
