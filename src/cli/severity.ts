import type {VFileMessage} from 'vfile-message'

/** How loud a message is: rule severity `error` sets `fatal`, `warn` leaves it `false`. */
export type Level = 'error' | 'warning' | 'info'

/** The level of a message. */
export function levelOf(message: VFileMessage): Level {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'info'
}

/** Where a message starts and ends, 1-based lines and columns, with offsets when known. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
  offset?: number
  endOffset?: number
}

/** The span of a message; messages about a whole file sit at 1:1. */
export function spanOf(message: VFileMessage): Span {
  const place = message.place
  if (place && 'start' in place) {
    return {
      line: place.start.line,
      column: place.start.column,
      endLine: place.end.line,
      endColumn: place.end.column,
      offset: place.start.offset,
      endOffset: place.end.offset
    }
  }
  if (place) return {line: place.line, column: place.column, endLine: place.line, endColumn: place.column, offset: place.offset}
  return {line: 1, column: 1, endLine: 1, endColumn: 1}
}
