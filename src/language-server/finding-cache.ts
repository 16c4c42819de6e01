import type {Glossary} from '../glossary/types.js'
import type {Paragraph} from '../paragraph.js'
import type {Finding, Rule, RuleContext, RuleSetting, RuleVisitor} from '../rule.js'
import type {ActiveRule} from '../settings.js'

/**
 * Rules whose findings while reading a paragraph depend on nothing but the
 * paragraph's window (the paragraph before it, the break between, the
 * paragraph and its line break: what `SourceWindow` lets a rule read) and on
 * whether it is the first or second paragraph. Each keeps no state across
 * paragraphs except what it takes from the paragraph just before, reports
 * nothing from `end()` and reads no segment. Such a rule, started afresh on
 * the paragraph before, finds exactly what it finds having read the whole
 * document up to there (tests/language-server-incremental.test.ts checks
 * this of every rule listed). Any rule not listed is run over the whole
 * document on every check: that is always right, only slower.
 */
export const windowLocalRules: ReadonlySet<string> = new Set([
  'cjk-brackets',
  'cjk-residue',
  'doubled-punctuation',
  'duplicated-title',
  'fullwidth-punctuation',
  'mid-sentence-capital',
  'numeric-slogan',
  'pinyin-residue',
  'quote-inner-space',
  'repeated-ngram',
  'repeated-word',
  'spam-insertion',
  'template-placeholder',
  'whitespace',
  'xi-misread'
])

const none: readonly Finding[] = []

/** Findings kept for one window, by the slot of the rule that made them; offsets from the paragraph's start. */
type KeptWindow = Array<readonly Finding[] | undefined>

/**
 * The findings of window-local rules in one open plain-text document, kept
 * by window text between checks: a re-check runs these rules only on the
 * paragraphs whose window an edit changed (the edited paragraphs and the one
 * after each) and replays the rest. Two generations, as `ParagraphCache`:
 * windows no check has met since the sweep before are dropped.
 */
export class FindingCache {
  private current = new Map<string, KeptWindow>()
  private previous = new Map<string, KeptWindow>()
  private fingerprint = ''
  private glossary: Glossary | undefined

  constructor(
    /** Ids of the rules whose findings are kept: `windowLocalRules` unless a test proves a point. */
    private readonly keptRules: ReadonlySet<string> = windowLocalRules
  ) {}

  /**
   * `rules` with each window-local one replaced by a rule that replays kept
   * findings where it can; `text` is the whole document about to be checked.
   */
  wrap(rules: ActiveRule[], text: string): ActiveRule[] {
    const local = rules.filter((active) => this.keptRules.has(active.rule.meta.id))
    // Findings depend on the rules' options: other options, other findings.
    const fingerprint = JSON.stringify(local.map((active) => [active.rule.meta.id, active.options]))
    if (fingerprint !== this.fingerprint) this.clear(fingerprint)
    const windows = new CheckWindows(this, text)
    return rules.map((active) => {
      const slot = local.indexOf(active)
      if (slot === -1) return active
      return {...active, rule: this.replaying(active.rule, slot, windows, text)}
    })
  }

  /** Forget windows unused since the last sweep; call after each check. */
  sweep(): void {
    this.previous = this.current
    this.current = new Map()
  }

  /** How many windows have findings kept. */
  get size(): number {
    return new Set([...this.current.keys(), ...this.previous.keys()]).size
  }

  private clear(fingerprint: string): void {
    this.current = new Map()
    this.previous = new Map()
    this.fingerprint = fingerprint
  }

  /** The findings kept for the window `key`, found once per paragraph and shared by the rules. */
  kept(key: string): KeptWindow {
    let kept = this.current.get(key)
    if (kept) return kept
    kept = this.previous.get(key) ?? []
    this.current.set(key, kept)
    return kept
  }

  private replaying(rule: Rule<object>, slot: number, windows: CheckWindows, text: string): Rule {
    const cache = this
    const create = (context: RuleContext<object>): RuleVisitor => {
      // Markdown and HTML windows are the whole document: nothing to key them by.
      if (context.format !== 'text') return rule.create(context)
      // Findings of one glossary are no findings of another.
      if (context.glossary !== cache.glossary) {
        cache.clear(cache.fingerprint)
        cache.glossary = context.glossary
      }
      let collecting = false
      let collected: Finding[] = []
      const innerContext: RuleContext<object> = {
        options: context.options,
        format: context.format,
        glossary: context.glossary,
        // The editor holds the whole text, so a fresh reader may be handed the
        // paragraph before the window the runner has open.
        slice: (start, end) => text.slice(start, end),
        report(finding) {
          if (collecting) collected.push(finding)
        }
      }
      let inner: RuleVisitor | undefined
      let innerLast: Paragraph | undefined
      let previous: Paragraph | undefined

      return {
        paragraph(paragraph) {
          const before = previous
          previous = paragraph
          const seen = windows.at(paragraph)
          // A segment's source is no part of the window: such paragraphs are read every time.
          const window = paragraph.segment ? undefined : seen
          const kept = window?.[slot]
          if (kept) {
            for (const finding of kept) context.report(shifted(finding, paragraph.start))
            return
          }
          // A reader that did not just read the paragraph before starts afresh
          // from it, its findings there already reported.
          if (!inner || innerLast !== before) {
            inner = rule.create(innerContext)
            if (before) inner.paragraph?.(before)
          }
          collecting = true
          collected = []
          inner.paragraph?.(paragraph)
          collecting = false
          innerLast = paragraph
          for (const finding of collected) context.report(finding)
          if (!window) return
          window[slot] = collected.length === 0 ? none : collected.map((finding) => shifted(finding, -paragraph.start))
        }
      }
    }
    const plugin = (setting?: RuleSetting<object>) => rule(setting)
    return Object.assign(plugin, {meta: rule.meta, create})
  }
}

/**
 * The findings kept for each paragraph's window in one check. The key is the
 * window's text, from the start of the paragraph before to the line break
 * after (a paragraph of plain text holds no line break, so where it starts in
 * its window is the window's own business), marked when the paragraph is the
 * first or the second. Rules see paragraphs one after the other, so the last
 * one's entry serves them all.
 */
class CheckWindows {
  private last: Paragraph | undefined
  private lastKept: KeptWindow = []

  constructor(
    private readonly cache: FindingCache,
    private readonly text: string
  ) {}

  at(paragraph: Paragraph): KeptWindow {
    if (paragraph === this.last) return this.lastKept
    const start = this.last?.start ?? paragraph.start
    this.last = paragraph
    const window = this.text.slice(start, this.windowEnd(paragraph.end))
    this.lastKept = this.cache.kept(paragraph.index < 2 ? `${paragraph.index}\u0000${window}` : window)
    return this.lastKept
  }

  // As the runner opens it: the blanks after the paragraph and the first break character.
  private windowEnd(end: number): number {
    const text = this.text
    let after = end
    while (after < text.length) {
      const code = text.charCodeAt(after)
      if (code !== 32 && code !== 9) {
        if (code === 10 || code === 13) after++
        break
      }
      after++
    }
    return after
  }
}

function shifted(finding: Finding, by: number): Finding {
  return {...finding, start: finding.start + by, end: finding.end + by}
}
