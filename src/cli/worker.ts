// A worker thread of the CLI: checks the documents the main thread sends and
// answers each with its result or the reason it failed.
import {parentPort} from 'node:worker_threads'
import {runJob, type CheckJob} from './job.js'

parentPort?.on('message', (request: {id: number; job: CheckJob}) => {
  try {
    parentPort!.postMessage({id: request.id, result: runJob(request.job)})
  } catch (error) {
    parentPort!.postMessage({id: request.id, error: error instanceof Error ? error.message : String(error)})
  }
})
