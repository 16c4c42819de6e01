/** A stream the progress line is drawn on: a terminal, or one that says it is. */
export type ProgressStream = NodeJS.WritableStream & {isTTY?: boolean; columns?: number}

/** What the progress line counts. */
export interface ProgressCounts {
  done: number
  total: number
  bytes: number
  findings: number
}

/** The progress line of a run: updated as files finish, cleared at the end. */
export interface Progress {
  update(counts: ProgressCounts): void
  /** Take the line off the screen for good. */
  finish(): void
}

/** Runs shorter than this (ms) never show the line. */
export const defaultProgressDelay = 1000
// Redrawing more often than this only costs time.
const redrawInterval = 100

/**
 * A progress line on `stream` — files done of the total, MB/s, findings so
 * far — once the run has lasted `delay` ms, redrawn in place (carriage
 * return, erase to the end of the line) and erased when the run ends, so
 * the report that follows starts on a clean line.
 */
export function createProgress(stream: ProgressStream, delay = defaultProgressDelay, now: () => number = Date.now): Progress {
  const started = now()
  let latest: ProgressCounts | undefined
  let shown = false
  let drawnAt = 0
  let finished = false
  // A long file holds back the next update: the line still shows on time.
  const timer = setTimeout(draw, delay)
  timer.unref?.()

  return {
    update(counts) {
      latest = counts
      if (!shown && now() - started >= delay) draw()
      else if (shown && now() - drawnAt >= redrawInterval) draw()
    },
    finish() {
      finished = true
      clearTimeout(timer)
      if (shown) stream.write('\r\u001B[K')
    }
  }

  function draw(): void {
    if (finished || !latest) return
    shown = true
    drawnAt = now()
    const seconds = Math.max((drawnAt - started) / 1000, 0.001)
    let line = progressLine(latest, seconds)
    // A line wider than the terminal wraps, and the carriage return would only go back to its last row.
    if (stream.columns && line.length >= stream.columns) line = line.slice(0, stream.columns - 1)
    stream.write(`\r${line}\u001B[K`)
  }
}

/** The words of the line, e.g. `1,200 of 5,000 files, 3.4 MB/s, 17 findings`. */
export function progressLine(counts: ProgressCounts, seconds: number): string {
  const rate = counts.bytes / (1024 * 1024) / seconds
  const findings = `${counts.findings.toLocaleString('en-US')} finding${counts.findings === 1 ? '' : 's'}`
  return `officialese: ${counts.done.toLocaleString('en-US')} of ${counts.total.toLocaleString('en-US')} files, ${rate.toFixed(1)} MB/s, ${findings}`
}
