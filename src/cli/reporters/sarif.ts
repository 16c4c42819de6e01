import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {presets} from '../../preset.js'
import {ruleUrl, type Rule} from '../../rule.js'
import {rules} from '../../rules/index.js'
import {levelOf, spanOf, type Level} from '../severity.js'

/** Where the SARIF 2.1.0 schema lives; code scanning reads `version` and the shape. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

type SarifLevel = 'error' | 'warning' | 'note' | 'none'

interface ToolInfo {
  name: string
  version: string
  informationUri: string
}

/**
 * The report as SARIF 2.1.0, ready for GitHub code scanning: every rule with
 * its description, help URL, MQM category and default level; every finding as
 * a result with its region and, when it has a replacement, a fix. Messages
 * about files rather than text (skipped or unreadable files) become
 * tool notifications.
 */
export function reportSarif(
  files: readonly VFile[],
  displayPath: (file: VFile) => string,
  tool: ToolInfo,
  cwd: string
): string {
  const ruleList = Object.values(rules)
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.meta.id, index]))
  const results: object[] = []
  const notifications: object[] = []

  for (const file of files) {
    const artifactLocation = toArtifactLocation(displayPath(file))
    for (const message of file.messages) {
      const index = message.ruleId === undefined ? undefined : ruleIndex.get(message.ruleId)
      if (index === undefined) {
        notifications.push({
          level: sarifLevel(levelOf(message)),
          message: {text: message.reason},
          locations: [{physicalLocation: {artifactLocation}}]
        })
        continue
      }
      results.push(result(message, index, artifactLocation))
    }
  }

  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: ruleList.map(descriptor)
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToFileURL(cwd).href.replace(/\/?$/, '/')}},
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !notifications.some((notification) => (notification as {level: string}).level === 'error'),
            toolExecutionNotifications: notifications
          }
        ],
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2) + '\n'
}

function result(message: VFileMessage, ruleIndex: number, artifactLocation: object): object {
  const span = spanOf(message)
  const region: Record<string, number> = {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn
  }
  if (span.offset !== undefined && span.endOffset !== undefined) {
    region.charOffset = span.offset
    region.charLength = span.endOffset - span.offset
  }
  const expected = message.expected ?? []
  const text = expected.length > 0 ? `${message.reason} (expected: ${expected.map((value) => `\`${value}\``).join(', ')})` : message.reason
  return {
    ruleId: message.ruleId,
    ruleIndex,
    level: sarifLevel(levelOf(message)),
    message: {text},
    locations: [{physicalLocation: {artifactLocation, region}}],
    ...(expected.length > 0 && message.actual !== undefined
      ? {
          fixes: expected.map((replacement, index) => ({
            description: {
              text: `Replace \`${message.actual}\` with \`${replacement}\`${index === 0 && message.autofix ? ' (safe fix)' : ''}`
            },
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: replacement}}]}]
          }))
        }
      : {}),
    properties: {
      category: message.category,
      autofix: message.autofix ?? false,
      ...(message.actual === undefined ? {} : {actual: message.actual})
    }
  }
}

function descriptor(rule: Rule<any>): object {
  const {id, description, details, category} = rule.meta
  return {
    id,
    name: id,
    shortDescription: {text: description},
    ...(details ? {fullDescription: {text: details}} : {}),
    help: {
      text: `${description} See ${ruleUrl(id)}`,
      markdown: `${details ?? description}\n\n[Documentation of \`${id}\`](${ruleUrl(id)})`
    },
    helpUri: ruleUrl(id),
    defaultConfiguration: {level: defaultLevel(id), enabled: presetSetting(id) !== undefined},
    properties: {
      category,
      fixes: rule.meta.fixes,
      tags: ['officialese', ...category.split('/')]
    }
  }
}

// The level a rule has out of the box: from `recommended`, else `publication`.
function defaultLevel(id: string): SarifLevel {
  const setting = presetSetting(id)
  const severity = Array.isArray(setting) ? setting[0] : setting
  return severity === 'error' ? 'error' : 'warning'
}

function presetSetting(id: string): unknown {
  const setting = presets.recommended[id] ?? presets.publication[id]
  const severity = Array.isArray(setting) ? setting[0] : setting
  return severity === 'off' ? undefined : setting
}

function sarifLevel(level: Level): SarifLevel {
  return level === 'info' ? 'note' : level
}

// A path inside the working folder is a URI reference against SRCROOT (what
// code scanning expects); anything else is an absolute file URL.
function toArtifactLocation(filePath: string): {uri: string; uriBaseId?: string} {
  if (path.isAbsolute(filePath)) return {uri: pathToFileURL(filePath).href}
  return {uri: filePath.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT'}
}
