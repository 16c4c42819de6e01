import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {runJob, type CheckJob, type JobResult} from './job.js'

/** Runs jobs on the main thread and on worker threads, one document at a time per thread. */
export interface JobPool {
  run(job: CheckJob): Promise<JobResult>
  close(): Promise<void>
  /** How many jobs each kind of thread has checked so far. */
  checked(): {main: number; workers: number}
}

/** The default of `--jobs`: one checking thread per core (the main thread is one). */
export function defaultJobs(): number {
  return availableParallelism()
}

// From the sources (tsx, tests) the worker is a TypeScript file run through
// tsx; in the package it is the bundled `dist/cli/worker.js`.
const fromSources = import.meta.url.endsWith('.ts')
const workerUrl = fromSources ? new URL('./worker.ts', import.meta.url) : new URL('./cli/worker.js', import.meta.url)

/**
 * A pool of `size` checking threads: the main thread and `size - 1` workers.
 * The main thread checks too, since it is otherwise idle while the engine
 * waits, and each thread costs a warm-up of its own: compiling and optimising
 * the rules costs about as much as checking 2 MB. So workers start only once
 * `inlineCharacters` of text are waiting; a smaller run is checked on the
 * main thread alone. (The CLI, which holds only a few files at a time, knows
 * the size of the whole run from the start: it makes no pool for a small run
 * and starts workers at once for a large one.) Each worker is kept `queueDepth` jobs ahead, so it
 * never waits while the main thread is busy with a document of its own. A job
 * whose thread fails to start or dies runs on the main thread instead, so the
 * results never depend on the threads.
 */
export function createJobPool(size: number, inlineCharacters = 2 * 1024 * 1024, queueDepth = 2): JobPool {
  const waiting: Array<{job: CheckJob; resolve(result: JobResult): void; reject(error: unknown): void}> = []
  let waitingCharacters = 0
  const workers: Array<{thread: Worker; busy: number}> = []
  let broken = false
  let closed = false
  let mainScheduled = false
  const checked = {main: 0, workers: 0}

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        waiting.push({job, resolve, reject})
        waitingCharacters += job.text.length
        dispatch()
      })
    },
    async close() {
      closed = true
      await Promise.all(workers.map((worker) => worker.thread.terminate()))
    },
    checked: () => ({...checked})
  }

  // Workers first, up to their queue depth; the main thread takes the next
  // job in a later turn of the event loop, so answers from workers (and new
  // jobs for them) are handled between its documents.
  function dispatch(): void {
    while (waiting.length > 0 && useWorkers()) {
      const worker = freeWorker()
      if (!worker) break
      const item = take()!
      worker.busy++
      worker.thread.ref()
      send(worker.thread, item.job).then(
        (result) => {
          release(worker)
          checked.workers++
          item.resolve(result)
        },
        (error: unknown) => {
          release(worker)
          if (!(error instanceof WorkerFailure)) return item.reject(error)
          // This job, and every job still waiting, runs here instead.
          broken = true
          waiting.unshift(item)
          waitingCharacters += item.job.text.length
          dispatch()
        }
      )
    }
    if (waiting.length > 0 && !mainScheduled) {
      mainScheduled = true
      setImmediate(checkOnMain)
    }
  }

  function useWorkers(): boolean {
    if (broken || closed || size < 2) return false
    return workers.length > 0 || waitingCharacters >= inlineCharacters
  }

  function take() {
    const item = waiting.shift()
    if (item) waitingCharacters -= item.job.text.length
    return item
  }

  function checkOnMain(): void {
    mainScheduled = false
    const item = take()
    if (item) {
      try {
        const result = runJob(item.job)
        checked.main++
        item.resolve(result)
      } catch (error) {
        item.reject(error)
      }
    }
    dispatch()
  }

  function freeWorker(): {thread: Worker; busy: number} | undefined {
    let best: {thread: Worker; busy: number} | undefined
    for (const worker of workers) if (worker.busy < queueDepth && (!best || worker.busy < best.busy)) best = worker
    if (best?.busy === 0 || workers.length >= size - 1) return best
    const started = {thread: startWorker(), busy: 0}
    workers.push(started)
    return started
  }

  function release(worker: {thread: Worker; busy: number}): void {
    worker.busy--
    // A busy thread keeps the process alive; an idle one does not.
    if (worker.busy === 0) worker.thread.unref()
    dispatch()
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
