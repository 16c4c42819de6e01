import {element, visible, withCode} from './dom.ts'
import type {FindingView} from './protocol.ts'

/** What a person can do with a listed finding. */
export interface FindingActions {
  /** Replace the finding's text with one of its suggestions. */
  apply(index: number, replacement: string): void
  /** Select the finding's text in the editor. */
  select(index: number): void
  /** Light up the finding's marks (`undefined`: none). */
  hover(index: number | undefined): void
}

const levelNames = {safe: 'SAFE', suggest: 'SUGGEST', flag: 'FLAG'} as const
const longest = 80

/** List findings with their place, rule, category, reason and suggestions; an item's `data-index` is its index in `findings`. */
export function renderFindings(list: HTMLElement, findings: ReadonlyArray<FindingView | undefined>): void {
  const items = findings.flatMap((finding, index) => (finding ? [findingItem(finding, index)] : []))
  if (items.length === 0) items.push(element('li', {class: 'empty', text: 'No findings with these rules.'}))
  list.replaceChildren(...items)
}

/** Wire the list's clicks and hovers once; items are replaced on every check. */
export function listenToFindings(list: HTMLElement, actions: FindingActions): void {
  list.addEventListener('click', (event) => {
    const target = event.target as HTMLElement
    const item = target.closest<HTMLElement>('li.finding')
    if (!item || target.closest('a')) return
    const index = Number(item.dataset.index)
    const suggestion = target.closest<HTMLButtonElement>('button.suggestion')
    if (suggestion) actions.apply(index, suggestion.dataset.value ?? '')
    else actions.select(index)
  })
  list.addEventListener('mouseover', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li.finding')
    actions.hover(item ? Number(item.dataset.index) : undefined)
  })
  list.addEventListener('mouseleave', () => actions.hover(undefined))
}

function findingItem(finding: FindingView, index: number): HTMLElement {
  const head = element('div', {class: 'head'}, [
    element('span', {class: 'place', text: `${finding.line}:${finding.column}`}),
    element('span', {class: `severity ${finding.severity}`, text: finding.severity === 'error' ? 'error' : 'warning'}),
    element('a', {class: 'rule', text: finding.ruleId, attrs: {href: finding.url, target: '_blank', rel: 'noopener'}}),
    element('span', {class: 'category', text: finding.category}),
    element('span', {class: `level ${finding.fix}`, text: levelNames[finding.fix], title: levelTitle(finding.fix)})
  ])
  const body: Array<Node | string> = [head, element('p', {class: 'reason'}, withCode(finding.reason))]
  if (finding.actual !== '') body.push(element('q', {class: 'actual', text: shorten(finding.actual)}))
  if (finding.expected.length > 0) {
    body.push(
      element('div', {class: 'suggestions'}, [
        element('span', {class: 'label', text: finding.expected.length > 1 ? 'Replace with one of' : 'Replace with'}),
        ...finding.expected.map((replacement) =>
          element('button', {
            class: 'suggestion',
            text: shorten(visible(replacement)),
            title: `Replace “${shorten(finding.actual)}” with “${shorten(replacement)}”`,
            data: {value: replacement},
            attrs: {type: 'button'}
          })
        )
      ])
    )
  }
  return element(
    'li',
    {
      class: `finding ${finding.severity} ${finding.fix}`,
      data: {
        index: String(index),
        rule: finding.ruleId,
        category: finding.category,
        start: String(finding.start),
        end: String(finding.end)
      }
    },
    body
  )
}

function levelTitle(level: FindingView['fix']): string {
  if (level === 'safe') return 'Applied by “Fix all safe”'
  if (level === 'suggest') return 'A suggestion: check it before applying'
  return 'Only a person can decide'
}

function shorten(value: string): string {
  return value.length > longest ? `${value.slice(0, longest - 1)}…` : value
}
