import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Format} from '../rule.js'
import {findingData} from './diagnostics.js'
import {minimalEdit} from './text-edit.js'

/** The kind of the action that applies every SAFE fix: ask for it on save. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.officialese`

/**
 * Quick fixes for one diagnostic: one per `expected` value, replacing exactly
 * the finding's range (the SAFE one preferred), then, where the format has
 * comments, turning the rule off for the line or the whole file.
 */
export function quickFixes(document: TextDocument, diagnostic: Diagnostic, format: Format): CodeAction[] {
  const data = findingData(diagnostic)
  if (!data) return []
  const ruleId = String(diagnostic.code)
  const actions: CodeAction[] = []

  // A finding whose text has been edited since it was reported is stale: no blind edits.
  if (document.getText(diagnostic.range) === data.actual) {
    data.expected.forEach((replacement, index) => {
      if (replacement === data.actual) return
      actions.push({
        title: replacementTitle(data.actual, replacement),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0 && data.safe,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
      })
    })
  }

  if (format !== 'text') {
    actions.push(
      {
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [disableLineEdit(document, diagnostic.range.start.line, ruleId, format)]}}
      },
      {
        title: `Disable ${ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [disableFileEdit(document, ruleId)]}}
      }
    )
  }

  return actions
}

/**
 * The action applying every SAFE fix, as `fix()` would: `fixed` is the text
 * `fix()` made of the document, sent as one minimal edit.
 * `undefined` when there is nothing to fix.
 */
export function fixAllAction(document: TextDocument, fixed: string): CodeAction | undefined {
  const edit = minimalEdit(document, fixed)
  if (!edit) return undefined
  return {
    title: 'Fix all safe officialese findings',
    kind: fixAllKind,
    edit: {changes: {[document.uri]: [edit]}}
  }
}

/** Whether a request's `only` filter lets actions of `kind` through. */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
}

function replacementTitle(actual: string, replacement: string): string {
  if (replacement === '') return `Remove “${shorten(actual)}”`
  return `Replace with “${shorten(replacement)}”`
}

function shorten(value: string): string {
  const visible = value.replace(/\s+/g, ' ')
  return visible.length > 40 ? `${visible.slice(0, 39)}…` : visible
}

/**
 * A `disable-next-line` comment for the line `line`. It goes on a line of its
 * own before it when that line starts a block; inside a Markdown paragraph or
 * list a new line would split the block, so the comment is added at the end of
 * the line before instead (a comment acts on the line after the one it ends on).
 */
function disableLineEdit(document: TextDocument, line: number, ruleId: string, format: Format): TextEdit {
  const comment = `<!-- officialese-disable-next-line ${ruleId} -->`
  const previous = line > 0 ? lineText(document, line - 1) : ''
  const startsBlock = previous.trim() === '' || format === 'html' || isFence(previous)
  if (!startsBlock) {
    // Before trailing spaces, so a Markdown hard line break survives.
    const end = {line: line - 1, character: previous.trimEnd().length}
    return {range: {start: end, end}, newText: ` ${comment}`}
  }
  const indent = /^[ \t]*/.exec(lineText(document, line))![0]
  const start = {line, character: 0}
  return {range: {start, end: start}, newText: `${indent}${comment}${lineBreak(document)}`}
}

/** A `disable` comment at the top of the document (after an HTML doctype), acting on all that follows. */
function disableFileEdit(document: TextDocument, ruleId: string): TextEdit {
  const comment = `<!-- officialese-disable ${ruleId} -->`
  const newline = lineBreak(document)
  const first = lineText(document, 0)
  const at = /^\s*<!doctype/i.test(first) ? {line: 1, character: 0} : {line: 0, character: 0}
  const prefix = at.line === 1 && document.lineCount === 1 ? newline : ''
  // A blank line after the comment keeps it a block of its own in Markdown.
  return {range: {start: at, end: at}, newText: `${prefix}${comment}${newline}${newline}`}
}

function lineText(document: TextDocument, line: number): string {
  const text = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
  return text.replace(/\r?\n$|\r$/, '')
}

function lineBreak(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n'
}

function isFence(line: string): boolean {
  const trimmed = line.trimStart()
  return trimmed.startsWith('```') || trimmed.startsWith('~~~')
}
