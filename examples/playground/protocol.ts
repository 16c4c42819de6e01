import type {FixLevel, Format} from '../../src/index.ts'

/** Presets the playground offers; `none` starts with every rule off. */
export type PresetChoice = 'recommended' | 'publication' | 'none'

/** A registered rule as the page lists it. */
export interface RuleInfo {
  id: string
  description: string
  category: string
  fixes: FixLevel[]
  url: string
  /** The rule's level in each preset, absent when the preset leaves it off. */
  presets: Partial<Record<PresetChoice, 'warn' | 'error'>>
}

/** One finding, flattened from its VFile message so it can cross to the page. */
export interface FindingView {
  ruleId: string
  reason: string
  category: string
  severity: 'warn' | 'error'
  fix: FixLevel
  start: number
  end: number
  line: number
  column: number
  actual: string
  expected: string[]
  url: string
}

/** A piece of the diff between the text and its fixed version. */
export interface DiffPart {
  value: string
  added: boolean
  removed: boolean
}

/** Which fixes the preview (and a fix request) applies. */
export type ApplyMode = 'safe' | 'all'

interface Settings {
  id: number
  text: string
  format: Format
  preset: PresetChoice
  /** Rules switched away from their preset level. */
  rules: Record<string, 'off' | 'warn'>
  /** The original (Chinese) the text translates; absent when the source pane is empty. */
  source?: string
}

/** Check `text`, then send the preview of `fix(text, {apply: preview})`. */
export interface CheckRequest extends Settings {
  type: 'check'
  preview: ApplyMode
}

/** Fix `text` and send the result back. */
export interface FixRequest extends Settings {
  type: 'fix'
  apply: ApplyMode
}

export type WorkerRequest = CheckRequest | FixRequest

export type WorkerResponse =
  | {type: 'ready'; rules: RuleInfo[]}
  | {
      type: 'findings'
      id: number
      text: string
      findings: FindingView[]
      milliseconds: number
      /** How many paragraph pairs the text was checked as, when it was checked against its source. */
      pairs?: number
      /** Why the source was set aside (the text was checked alone): the library's pairing error. */
      unpaired?: string
    }
  | {type: 'preview'; id: number; fixed: string; edits: number; diff: DiffPart[] | undefined}
  | {type: 'fixed'; id: number; text: string; edits: number}
  | {type: 'failed'; id: number; message: string}
