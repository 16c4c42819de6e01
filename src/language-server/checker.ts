import {VFile} from 'vfile'
import {checkSync, type CheckSyncOptions} from '../check.js'
import type {ConfigurationOptions} from '../config-files.js'
import {applyInlineControl, fixWithInlineControl} from '../inline-control.js'
import type {Format} from '../rule.js'
import {ParagraphCache} from './paragraph-cache.js'

/**
 * Checks one open document again and again. Plain text keeps its parsed
 * paragraphs between checks, so an edit re-parses only the paragraphs it
 * touched; the rules, whose state spans the document, always run over all of
 * it, so the findings are exactly those of a full `check()`. Markdown and HTML
 * are parsed whole each time (their block structure can change anywhere).
 */
export class DocumentChecker {
  private readonly cache = new ParagraphCache()

  constructor(
    readonly format: Format,
    /** The document's file path, when it has one: the format of its messages' file. */
    readonly path: string | undefined
  ) {}

  /** The findings in `text`, control comments honoured. */
  check(text: string, options: ConfigurationOptions): VFile {
    const file = applyInlineControl(checkSync(this.file(text), this.options(options)), this.format)
    this.cache.sweep()
    return file
  }

  /** What `fix()` makes of `text` (SAFE fixes), control comments honoured. */
  fix(text: string, options: ConfigurationOptions): string {
    return String(fixWithInlineControl(this.file(text), {...this.options(options), apply: 'safe'}))
  }

  /** Parsed paragraphs kept for the next check. */
  get cachedParagraphs(): number {
    return this.cache.size
  }

  private file(text: string): VFile {
    return new VFile({value: text, path: this.path})
  }

  private options(options: ConfigurationOptions): CheckSyncOptions {
    return {...options, format: this.format, paragraphCache: this.cache}
  }
}
