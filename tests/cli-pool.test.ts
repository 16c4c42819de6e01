import {readFileSync} from 'node:fs'
import {afterEach, describe, expect, it} from 'vitest'
import {runJob, type CheckJob} from '../src/cli/job.js'
import {createJobPool, type JobPool} from '../src/cli/pool.js'

const seed = readFileSync('examples/party-building.txt', 'utf8')

// Documents that differ, so that a result given to the wrong job would show.
const jobs: CheckJob[] = Array.from({length: 8}, (_, index) => ({
  text: `Report ${index}: the the plan.\n\n${seed}`,
  path: `document-${index}.txt`,
  options: {format: 'text'},
  fix: index % 2 === 0 ? undefined : 'safe'
}))

let pool: JobPool | undefined

afterEach(async () => {
  await pool?.close()
  pool = undefined
})

describe('the CLI job pool', () => {
  it('checks on a worker thread and on the main thread, each job with its own result', async () => {
    // No text is too little for the workers here: they start at once.
    pool = createJobPool(2, 0)
    const results = await Promise.all(jobs.map((job) => pool!.run(job)))
    expect(results).toEqual(jobs.map((job) => runJob(job)))
    const {main, workers} = pool.checked()
    expect(main + workers).toBe(jobs.length)
    expect(workers).toBeGreaterThan(0)
    expect(main).toBeGreaterThan(0)
  }, 60_000)

  it('keeps a run with less text than a warm-up is worth on the main thread', async () => {
    pool = createJobPool(2)
    await Promise.all(jobs.slice(0, 3).map((job) => pool!.run(job)))
    expect(pool.checked()).toEqual({main: 3, workers: 0})
  })

  it('rejects a job that fails on a worker with the reason it fails on the main thread', async () => {
    const failing: CheckJob = {text: seed, options: {format: 'text', rules: {'no-such-rule': 'error'}}}
    const expected = (() => {
      try {
        runJob(failing)
      } catch (error) {
        return (error as Error).message
      }
      throw new Error('expected the job to fail')
    })()
    pool = createJobPool(2, 0)
    // Workers take the first jobs: the failing one is sent to a thread.
    await expect(pool.run(failing)).rejects.toThrow(expected)
    expect(pool.checked().main).toBe(0)
  }, 60_000)
})
