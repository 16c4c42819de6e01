import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {runJob, type CheckJob, type JobResult} from './job.js'

/** Runs jobs on worker threads, one document at a time per thread. */
export interface JobPool {
  run(job: CheckJob): Promise<JobResult>
  close(): Promise<void>
}

/** The default of `--jobs`: one thread per core. */
export function defaultJobs(): number {
  return availableParallelism()
}

// From the sources (tsx, tests) the worker is a TypeScript file run through
// tsx; in the package it is the bundled `dist/cli/worker.js`.
const fromSources = import.meta.url.endsWith('.ts')
const workerUrl = fromSources ? new URL('./worker.ts', import.meta.url) : new URL('./cli/worker.js', import.meta.url)

/**
 * A pool of `size` threads. Starting a thread costs about as much as checking
 * a few hundred kilobytes, so the first `inlineCharacters` of text are checked
 * on the main thread and threads start only for a larger run. A job whose
 * thread fails to start or dies runs on the main thread instead, so the
 * results never depend on the threads.
 */
export function createJobPool(size: number, inlineCharacters = 256 * 1024): JobPool {
  let inline = inlineCharacters
  const idle: Worker[] = []
  const waiting: Array<() => void> = []
  let started = 0
  let broken = false
  let closed = false
  const all: Worker[] = []

  return {
    async run(job) {
      if (broken || closed || inline > 0) {
        inline -= job.text.length
        return runJob(job)
      }
      const worker = await take()
      if (!worker) return runJob(job)
      // A busy thread keeps the process alive; an idle one does not.
      worker.ref()
      try {
        return await send(worker, job)
      } catch (error) {
        if (error instanceof WorkerFailure) {
          broken = true
          // Every job still waiting for a thread runs here instead.
          for (const wake of waiting.splice(0)) wake()
          return runJob(job)
        }
        throw error
      } finally {
        give(worker)
      }
    },
    async close() {
      closed = true
      await Promise.all(all.map((worker) => worker.terminate()))
    }
  }

  async function take(): Promise<Worker | undefined> {
    const ready = idle.pop()
    if (ready) return ready
    if (started < size) {
      started++
      const worker = startWorker()
      worker.unref()
      all.push(worker)
      return worker
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
    return broken ? undefined : take()
  }

  function give(worker: Worker): void {
    worker.unref()
    idle.push(worker)
    waiting.shift()?.()
  }
}

class WorkerFailure extends Error {}

function startWorker(): Worker {
  if (!fromSources) return new Worker(workerUrl)
  // Sources need tsx's loader, registered inside the thread before the worker loads.
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}) })`
  return new Worker(code, {eval: true})
}

let nextId = 0

function send(worker: Worker, job: CheckJob): Promise<JobResult> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    const onMessage = (answer: {id: number; result?: JobResult; error?: string}) => {
      if (answer.id !== id) return
      cleanUp()
      if (answer.result) resolve(answer.result)
      else reject(new Error(answer.error))
    }
    const onError = (error: Error) => {
      cleanUp()
      reject(new WorkerFailure(error.message))
    }
    const onExit = () => {
      cleanUp()
      reject(new WorkerFailure('worker thread stopped'))
    }
    function cleanUp(): void {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage({id, job})
  })
}
