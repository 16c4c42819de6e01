import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {translationFormatOf} from '../bilingual/formats.js'
import {checkSync, type CheckSyncOptions} from '../check.js'
import type {ConfigurationOptions} from '../config-files.js'
import {applyInlineControl, fixWithInlineControl} from '../inline-control.js'
import type {TranslationFormat} from '../bilingual/target-text.js'
import type {Format} from '../rule.js'
import {FindingCache, windowLocalRules} from './finding-cache.js'
import {editedRegion} from './edited-region.js'
import {editBetween, moved, type PlacedFinding} from './moved-findings.js'
import {ParagraphCache} from './paragraph-cache.js'

/** The findings last published for a document, where they stand in its text. */
interface Baseline {
  text: string
  /** The options they were found with: other options, other findings. */
  options: string
  findings: PlacedFinding[]
}

/**
 * Checks one open document again and again. Plain text keeps its parsed
 * paragraphs between checks, so an edit re-parses only the paragraphs it
 * touched, and keeps the findings of rules that read no further than a
 * paragraph's window (`windowLocalRules`), so those rules run again only where
 * an edit changed a window; the other rules, whose state spans the document,
 * run over all of it. The findings are exactly those of a full `check()`.
 * Markdown and HTML are parsed whole each time (their block structure can
 * change anywhere), and every rule reads all of them.
 *
 * `quickCheck` answers an edit of plain text long before `check` can: it
 * reads again only the edited lines with the window-local rules, and moves
 * the other findings from the check before.
 */
export class DocumentChecker {
  private readonly cache = new ParagraphCache()
  private readonly findings = new FindingCache()
  private baseline: Baseline | undefined

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
    this.baseline = {text, options: JSON.stringify(options), findings: file.messages.map(placed)}
    return file
  }

  /**
   * The findings of the last check moved into `text`, without running any
   * rule whose findings span the document: window-local rules read the edited
   * lines again and their findings there are exactly those of `check`; a
   * finding of another rule keeps its place before the edit, shifts after it
   * and is dropped where the edit overlaps it, or where the text at its new
   * place is not its `actual` text. So some findings may be missing (a
   * document-scope rule's findings in the edited lines, or ones the edit made
   * true elsewhere) and some may be no longer true (the edit made them false
   * from afar) until the next `check`. `undefined` when there is nothing to
   * move from (no check before, other options, Markdown, HTML or a
   * translation file): then only `check` can tell.
   */
  quickCheck(text: string, options: ConfigurationOptions): PlacedFinding[] | undefined {
    const baseline = this.baseline
    if (!baseline || this.format !== 'text' || this.translation || translationFormatOf(this.path)) return undefined
    if (baseline.options !== JSON.stringify(options)) return undefined
    const edit = editBetween(baseline.text, text)
    if (!edit) return baseline.findings
    const region = editedRegion(text, edit)
    const findings: PlacedFinding[] = []
    for (const finding of baseline.findings) {
      const local = windowLocalRules.has(String(finding.message.ruleId))
      const kept = moved(finding, edit, text)
      if (kept && !(local && kept.start >= region.start && kept.start < region.end)) findings.push(kept)
    }
    const slice = text.slice(region.contextStart, region.contextEnd)
    const adaptRules: CheckSyncOptions['adaptRules'] = (rules) => rules.filter((active) => windowLocalRules.has(active.rule.meta.id))
    const local = checkSync(new VFile({value: slice, path: this.path}), {...options, format: 'text', adaptRules})
    for (const message of local.messages) {
      const found = placed(message)
      const start = found.start + region.contextStart
      if (start >= region.start && start < region.end) findings.push({message, start, end: found.end + region.contextStart})
    }
    findings.sort((a, b) => a.start - b.start || String(a.message.ruleId).localeCompare(String(b.message.ruleId)))
    this.baseline = {text, options: baseline.options, findings}
    return findings
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

function placed(message: VFileMessage): PlacedFinding {
  const place = message.place
  const start = place ? ('start' in place ? place.start : place) : undefined
  const end = place && 'end' in place ? place.end : start
  const startOffset = start?.offset ?? 0
  return {message, start: startOffset, end: end?.offset ?? startOffset}
}
