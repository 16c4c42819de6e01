import {element} from './dom.ts'
import type {FindingView} from './protocol.ts'

/**
 * Fill the backdrop behind the editor with `text`, each finding's span in a
 * `mark`. The backdrop's text is transparent and laid out exactly like the
 * editor's, so the marks sit under the words they belong to. Marks carry the
 * indices of their findings in `data-f` (space-separated, for `~=` selectors).
 */
export function renderHighlights(
  backdrop: HTMLElement,
  text: string,
  findings: ReadonlyArray<FindingView | undefined>
): void {
  const order = findings
    .map((finding, index) => ({finding, index}))
    .filter((entry): entry is {finding: FindingView; index: number} => entry.finding !== undefined)
    .sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end)

  const boundaries = new Set<number>([0, text.length])
  for (const {finding} of order) {
    boundaries.add(finding.start)
    boundaries.add(finding.end)
  }
  const cuts = [...boundaries].sort((a, b) => a - b)

  const fragment = document.createDocumentFragment()
  let active: Array<{finding: FindingView; index: number}> = []
  let next = 0
  for (let cut = 0; cut < cuts.length; cut++) {
    const from = cuts[cut]!
    active = active.filter((entry) => entry.finding.end > from)
    while (next < order.length && order[next]!.finding.start <= from) {
      const entry = order[next++]!
      if (entry.finding.start === entry.finding.end) fragment.append(pointMark(entry.index, entry.finding))
      else if (entry.finding.end > from) active.push(entry)
    }
    const to = cuts[cut + 1]
    if (to === undefined) break
    const slice = text.slice(from, to)
    fragment.append(active.length === 0 ? slice : spanMark(slice, active))
  }
  // A final line break needs something after it, or the editor's last line has no twin.
  if (text.endsWith('\n') || text === '') fragment.append(' ')
  backdrop.replaceChildren(fragment)
}

function spanMark(slice: string, active: Array<{finding: FindingView; index: number}>): HTMLElement {
  const loudest = active.some((entry) => entry.finding.severity === 'error') ? 'error' : 'warn'
  return element('mark', {
    class: `mark ${loudest}${active.length > 1 ? ' overlap' : ''}`,
    text: slice,
    data: {f: active.map((entry) => entry.index).join(' ')}
  })
}

// An insertion point (a missing space, say) has no text to colour: a thin bar marks it.
function pointMark(index: number, finding: FindingView): HTMLElement {
  return element('mark', {class: `mark point ${finding.severity}`, data: {f: String(index)}})
}
