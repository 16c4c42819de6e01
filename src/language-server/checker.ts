import {VFile} from 'vfile'
import {checkSync, type CheckSyncOptions} from '../check.js'
import type {ConfigurationOptions} from '../config-files.js'
import {applyInlineControl, fixWithInlineControl} from '../inline-control.js'
import type {TranslationFormat} from '../bilingual/target-text.js'
import type {Format} from '../rule.js'
import {FindingCache} from './finding-cache.js'
import {ParagraphCache} from './paragraph-cache.js'

/**
 * Checks one open document again and again. Plain text keeps its parsed
 * paragraphs between checks, so an edit re-parses only the paragraphs it
 * touched, and keeps the findings of rules that read no further than a
 * paragraph's window (`windowLocalRules`), so those rules run again only where
 * an edit changed a window; the other rules, whose state spans the document,
 * run over all of it. The findings are exactly those of a full `check()`.
 * Markdown and HTML are parsed whole each time (their block structure can
 * change anywhere), and every rule reads all of them.
 */
export class DocumentChecker {
  private readonly cache = new ParagraphCache()
  private readonly findings = new FindingCache()

  constructor(
    readonly format: Format,
    /** The document's file path, when it has one: the format of its messages' file. */
    readonly path: string | undefined,
    /** A translation file's format (XLIFF, PO, TMX, JSON Lines) when its path does not tell it, as for an unsaved document. */
    readonly translation?: TranslationFormat
  ) {}

  /** The findings in `text`, control comments honoured. */
  check(text: string, options: ConfigurationOptions): VFile {
    const adaptRules: CheckSyncOptions['adaptRules'] = (rules, checked) => this.findings.wrap(rules, checked)
    const file = applyInlineControl(checkSync(this.file(text), {...this.options(options), adaptRules}), this.format)
    this.cache.sweep()
    this.findings.sweep()
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

  /** Paragraph windows whose findings are kept for the next check. */
  get cachedWindows(): number {
    return this.findings.size
  }

  private file(text: string): VFile {
    return new VFile({value: text, path: this.path})
  }

  private options(options: ConfigurationOptions): CheckSyncOptions {
    const translation = this.translation ? {translation: this.translation} : {}
    return {...options, format: this.format, paragraphCache: this.cache, ...translation}
  }
}
