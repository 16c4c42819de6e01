import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {checkSync, toFile, type Input} from './check.js'
import {fixSync, fixWith, type FixOptions} from './fix.js'
import {formatOf} from './runner.js'
import type {Format} from './rule.js'

/** What a control comment does. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

/**
 * One `<!-- officialese-… -->` comment: `rules` lists the rule ids it names;
 * an empty list means every rule.
 */
export interface Directive {
  kind: DirectiveKind
  rules: string[]
  /** Source offset where the comment ends: `disable` and `enable` act from here on. */
  offset: number
  /** Line (1-based) where the comment ends: `disable-next-line` acts on the line after it. */
  line: number
}

const prefix = 'officialese-'
const kinds: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable']

/**
 * The control comments of a Markdown or HTML document, in source order.
 * Only real comments count: a comment shown inside a code block does nothing.
 * Plain text has no comments, so it has no directives.
 */
export function findDirectives(source: string, format: Format): Directive[] {
  if (format === 'text' || !source.includes(prefix)) return []
  const directives: Directive[] = []

  if (format === 'markdown') {
    const tree = unified().use(remarkParse).parse(source) as MdastRoot
    visit(tree, 'html', function (node) {
      const end = node.position?.end
      if (end?.offset === undefined) return
      for (const body of commentBodies(node.value)) add(body, end.offset, end.line)
    })
  } else {
    const tree = unified().use(rehypeParse, {fragment: true}).parse(source) as HastRoot
    visit(tree, 'comment', function (node) {
      const end = node.position?.end
      if (end?.offset === undefined) return
      add(node.value, end.offset, end.line)
    })
  }

  return directives

  function add(body: string, offset: number, line: number): void {
    const directive = parseDirective(body, offset, line)
    if (directive) directives.push(directive)
  }
}

// The insides of each `<!-- … -->` in an HTML chunk, found without a regular
// expression so unclosed comments cannot make the scan quadratic.
function commentBodies(html: string): string[] {
  const bodies: string[] = []
  let from = 0
  for (;;) {
    const open = html.indexOf('<!--', from)
    if (open === -1) break
    const close = html.indexOf('-->', open + 4)
    if (close === -1) break
    bodies.push(html.slice(open + 4, close))
    from = close + 3
  }
  return bodies
}

/** Read one comment's text: `officialese-disable rule-a, rule-b -- why`. */
export function parseDirective(body: string, offset: number, line: number): Directive | undefined {
  const text = body.trim()
  if (!text.startsWith(prefix)) return undefined
  const rest = text.slice(prefix.length)
  const kind = kinds.find((name) => rest === name || rest.startsWith(name + ' ') || rest.startsWith(name + '\t') || rest.startsWith(name + '\n'))
  if (!kind) return undefined
  // ` -- ` starts an explanation, as in ESLint's directive comments.
  const list = rest.slice(kind.length).split(' -- ', 1)[0] ?? ''
  const rules = list.split(/[\s,]+/).filter(Boolean)
  return {kind, rules, offset, line}
}

/**
 * Whether a directive list silences `ruleId` at a place. Rules disabled by
 * `disable` stay disabled until a matching `enable`; `enable rule-a` after a
 * bare `disable` turns that one rule back on.
 */
export function isSuppressed(directives: readonly Directive[], ruleId: string, offset: number, line: number): boolean {
  let allOff = false
  const off = new Set<string>()
  const exceptions = new Set<string>()

  for (const directive of directives) {
    if (directive.kind === 'disable-next-line') {
      if (directive.line + 1 === line && (directive.rules.length === 0 || directive.rules.includes(ruleId))) return true
      continue
    }
    if (directive.offset > offset) continue
    const disable = directive.kind === 'disable'
    if (directive.rules.length === 0) {
      allOff = disable
      off.clear()
      exceptions.clear()
    } else {
      for (const id of directive.rules) {
        if (allOff) {
          if (disable) exceptions.delete(id)
          else exceptions.add(id)
        } else if (disable) off.add(id)
        else off.delete(id)
      }
    }
  }

  return allOff ? !exceptions.has(ruleId) : off.has(ruleId)
}

/**
 * Drop the messages of `file` that control comments in its value silence.
 * Works on any VFile `check()` returned; `format` defaults to the file's extension.
 * Messages without a rule id (such as read errors) are never dropped.
 */
export function applyInlineControl(file: VFile, format: Format = formatOf(file)): VFile {
  const directives = findDirectives(String(file), format)
  if (directives.length === 0) return file
  file.messages = file.messages.filter((message) => !silenced(directives, message))
  return file
}

function silenced(directives: readonly Directive[], message: VFileMessage): boolean {
  const place = message.place
  if (!message.ruleId || !place) return false
  const start = 'start' in place ? place.start : place
  return isSuppressed(directives, message.ruleId, start.offset ?? Number.POSITIVE_INFINITY, start.line)
}

/**
 * `fixSync` that honours control comments: a silenced finding is neither
 * reported nor fixed. Without control comments it is `fixSync` itself.
 */
export function fixWithInlineControl(input: Input, options: FixOptions = {}): VFile {
  const original = toFile(input)
  if (findDirectives(String(original), options.format ?? formatOf(original)).length === 0) {
    return fixSync(original, options)
  }
  return fixWith((value, settings) => applyInlineControl(checkSync(value, settings), settings.format), original, options)
}
