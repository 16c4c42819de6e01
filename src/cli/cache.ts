import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {MESSAGE_SOURCE, withoutStack} from '../runner.js'
import {ruleUrl} from '../rule.js'
import {writeAtomic} from './write.js'

/** Default file of `--cache`, in the working folder. */
export const defaultCacheName = '.officialesecache'

/** What is kept of a checked file: enough to report it again without checking it. */
export interface CacheEntry {
  /** Digest of the content, the file's configuration and the run's options. */
  key: string
  fixed: number
  skipped?: string
  messages: Array<Record<string, unknown>>
}

interface CacheFile {
  officialeseCache: number
  entries: Record<string, CacheEntry>
}

// Bumped when entries change shape, so an older cache is dropped rather than misread.
const cacheFormat = 2

/**
 * The findings of earlier runs, one entry per file (by path relative to the
 * working folder). An entry serves only when its key matches: the same
 * bytes, checked with the same configuration, options and version. Entries
 * of files this run does not meet (other shards, other folders) are kept.
 */
export class FindingsCache {
  private changed = false

  private constructor(
    private readonly location: string,
    private readonly entries: Map<string, CacheEntry>
  ) {}

  /**
   * Read the cache at `location`. A missing file is an empty cache; one that
   * cannot be read or parsed is dropped with a `warn`ing, never a failure.
   */
  static async open(location: string, warn: (message: string) => void): Promise<FindingsCache> {
    let text: string
    try {
      text = await readFile(location, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the cache \`${location}\`; checking every file`)
      return new FindingsCache(location, new Map())
    }
    try {
      const parsed = JSON.parse(text) as CacheFile
      if (parsed?.officialeseCache !== cacheFormat || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('not a cache')
      const entries = new Map<string, CacheEntry>()
      for (const [name, entry] of Object.entries(parsed.entries)) {
        if (isEntry(entry)) entries.set(name, entry)
      }
      return new FindingsCache(location, entries)
    } catch {
      warn(`the cache \`${location}\` is damaged; checking every file`)
      return new FindingsCache(location, new Map())
    }
  }

  /** The entry for `name` made under `key`, if there is one. */
  get(name: string, key: string): CacheEntry | undefined {
    const entry = this.entries.get(name)
    return entry?.key === key ? entry : undefined
  }

  /** Keep what came of checking `file` under `key`. */
  set(name: string, key: string, file: VFile): void {
    const outcome = file.data.officialese
    this.entries.set(name, {
      key,
      fixed: 0,
      skipped: outcome?.skipped,
      messages: file.messages.map(toPlain)
    })
    this.changed = true
  }

  /** Forget a file, so that it is checked next time. */
  delete(name: string): void {
    this.changed = this.entries.delete(name) || this.changed
  }

  /** Write the cache, atomically, when it changed. */
  async save(): Promise<void> {
    if (!this.changed) return
    const content: CacheFile = {officialeseCache: cacheFormat, entries: Object.fromEntries(this.entries)}
    await writeAtomic(this.location, JSON.stringify(content), {create: true})
    this.changed = false
  }
}

/** The key of a file's entry: its bytes, its configuration's digest and the run's. */
export function cacheKey(content: Uint8Array | string, configurationDigest: string, runDigest: string): string {
  return createHash('sha256').update(content).update('\0').update(configurationDigest).update('\0').update(runDigest).digest('hex')
}

/** Put an entry's findings and notes back on a file. */
export function restore(file: VFile, entry: CacheEntry): void {
  file.data.officialese = {fixed: entry.fixed, ...(entry.skipped === undefined ? {} : {skipped: entry.skipped})}
  for (const plain of entry.messages) {
    const place = plain.place as VFileMessage['place']
    const message = withoutStack(() => new VFileMessage(String(plain.reason ?? ''), {place}))
    Object.assign(message, plain)
    // What `toPlain` left out, because it follows from what was kept.
    if (message.ruleId) {
      message.source ??= MESSAGE_SOURCE
      message.url ??= ruleUrl(message.ruleId)
    }
    message.file = file.path
    if (file.path) message.name = `${file.path}:${message.name}`
    file.messages.push(message)
  }
}

// The fields of a message as JSON keeps them. Left out: what `restore` makes
// again from what is kept (the text of `message` is the reason; line, column
// and name follow from the place; the source and URL of a rule's finding are
// always the same), since a cache of thousands of files is read on every run.
function toPlain(message: VFileMessage): Record<string, unknown> {
  const plain: Record<string, unknown> = {...message}
  for (const derived of ['cause', 'ancestors', 'stack', 'file', 'message', 'name', 'line', 'column'] as const) delete plain[derived]
  if (message.ruleId && plain.source === MESSAGE_SOURCE) delete plain.source
  if (message.ruleId && plain.url === ruleUrl(message.ruleId)) delete plain.url
  return plain
}

function isEntry(value: unknown): value is CacheEntry {
  const entry = value as CacheEntry | null
  return typeof entry === 'object' && entry !== null && typeof entry.key === 'string' && typeof entry.fixed === 'number' && Array.isArray(entry.messages)
}
