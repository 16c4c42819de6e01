import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {Glossary} from './glossary/types.js'
import type {Paragraph, Segment} from './paragraph.js'

export type {Segment} from './paragraph.js'

/** How loud a rule is: `off` disables it, `error` findings fail the CLI. */
export type Severity = 'off' | 'warn' | 'error'

/** A rule's setting: a severity, or a severity with options (ESLint style). */
export type RuleSetting<Options = object> =
  | Severity
  | [Severity]
  | [Severity, Partial<Options>]

/** Input formats: plain text, Markdown (remark) or HTML (rehype). */
export type Format = 'text' | 'markdown' | 'html'

/**
 * How far a finding's first `expected` value can be trusted:
 * `safe` is applied by `fix()` and `--fix`, `suggest` is only offered,
 * `flag` has no replacement at all.
 */
export type FixLevel = 'safe' | 'suggest' | 'flag'

/** What a rule reports; `defineRule` turns it into a VFile message. */
export interface Finding {
  /** Start offset into the original source. */
  start: number
  /** End offset (exclusive) into the original source. */
  end: number
  /** One plain sentence: what is wrong and what is expected. */
  reason: string
  /** Replacements for `[start, end)`, best first; `[]` when only a person can decide. */
  expected?: string[]
  /** Defaults to `suggest` when `expected` has values, else `flag`. */
  fix?: FixLevel
  /** MQM category when it differs from the rule's own. */
  category?: string
  /**
   * The source text of `[start, end)`, kept by a rule that reports after the
   * window has moved past the finding (in `end()`): the runner takes it from
   * the window otherwise. Keep it with `context.slice` at collection time.
   */
  actual?: string
}

/**
 * The part of the original source a rule may read, by source offsets. While a
 * paragraph is read, the window runs from the start of the paragraph before it
 * (or its own start when it is the first) to the line break that ends it,
 * breaks between included; in `end()` nothing may be read. In plain text
 * `checkStream` holds no more than that, so a read outside it cannot be served
 * (tests assert every read stays inside). Markdown and HTML are read whole.
 */
export interface SourceWindow {
  /** The source text of `[start, end)`, like `String.prototype.slice` with offsets into the whole document. */
  slice(start: number, end: number): string
}

/**
 * What a rule sees while the document is read paragraph by paragraph. The
 * source is read through `slice`, inside the window (see `SourceWindow`): the
 * whole text is never at hand, since a stream keeps only the window.
 */
export interface RuleContext<Options> extends SourceWindow {
  /** The rule's options, defaults filled in. */
  readonly options: Readonly<Options>
  readonly format: Format
  /** The glossary merged from the shipped one and the `glossary` option; absent when a rule runs as a bare plugin. */
  readonly glossary?: Glossary
  /** Report a finding. */
  report(finding: Finding): void
}

/**
 * A rule's reader: `paragraph` is called for each paragraph in document
 * order; `end` once after the last, for document-level findings.
 */
export interface RuleVisitor {
  /** Absent in a rule that reads only aligned segments (see `segment`). */
  paragraph?(paragraph: Paragraph): void
  /**
   * Bilingual input only: called once per aligned segment, after the
   * paragraphs of its target (an empty target has none), in document order.
   */
  segment?(segment: Segment): void
  end?(): void
}


/**
 * One documented example, run by the test suite and shown in the rule's page.
 * `messages` are `line:column-line:column: reason`; an example with an
 * autofixable message must give `output`, the text `fix()` produces.
 */
export interface RuleExample<Options> {
  name: string
  input: string
  /**
   * Bilingual examples: the original (Chinese) of `input`, paragraph by
   * paragraph. Both are split on blank lines and zipped into source/target
   * pairs, so they must have as many paragraphs; the example is then checked
   * as `checkPairs` checks pairs.
   */
  source?: string
  options?: Partial<Options>
  format?: Format
  /** Messages expected from `check`, in order; `[]` for an example that must not be flagged. */
  messages: string[]
  /** What `fix()` (SAFE edits only) makes of `input`. */
  output?: string
  /** What `fix(input, {apply: 'all'})` makes of `input`, when suggestions change it further. */
  outputAll?: string
}

/** A rule's metadata: what it finds, how its fixes are classified, and its examples. */
export interface RuleMeta<Options> {
  /** Kebab-case id; also the file name under `src/rules/`. */
  id: string
  /** One line: what the rule finds. */
  description: string
  /** Longer explanation for the documentation page (Markdown). */
  details?: string
  /** Default MQM category, e.g. `fluency/punctuation`. */
  category: string
  /** The fix levels the rule uses, for documentation. */
  fixes: FixLevel[]
  defaultOptions: Options
  /** Allowed values for string options that take one of a few values. */
  optionChoices?: {[Key in keyof Options]?: readonly string[]}
  examples: Array<RuleExample<Options>>
}

/**
 * A rule: a unified plugin that runs it alone
 * (`unified().use(retextEnglish).use(rule, ['error', options])`), carrying
 * its metadata and its reader.
 */
export interface Rule<Options extends object = object> {
  (setting?: RuleSetting<Options>): Transformer<Root, Root>
  meta: RuleMeta<Options>
  create(context: RuleContext<Options>): RuleVisitor
}

/** Documentation address of a rule. */
export function ruleUrl(id: string): string {
  return `https://github.com/retext-officialese/retext-officialese/blob/main/examples/rules/${id}.md`
}
