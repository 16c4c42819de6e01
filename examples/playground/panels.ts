import {element} from './dom.ts'
import type {DiffPart, FindingView, RuleInfo} from './protocol.ts'

/** Totals by severity and fix level, and one button per category (a filter). */
export function renderCounts(container: HTMLElement, findings: readonly FindingView[], filter: string | undefined): void {
  const perCategory = new Map<string, number>()
  for (const finding of findings) perCategory.set(finding.category, (perCategory.get(finding.category) ?? 0) + 1)
  const count = (test: (finding: FindingView) => boolean) => findings.filter(test).length

  const totals = element('p', {class: 'totals'}, [
    element('strong', {class: 'total', text: plural(findings.length, 'finding')}),
    ` · ${plural(count((f) => f.severity === 'error'), 'error')}, ${plural(count((f) => f.severity === 'warn'), 'warning')}`,
    ` · ${count((f) => f.fix === 'safe')} safe, ${count((f) => f.fix === 'suggest')} suggested, ${count((f) => f.fix === 'flag')} flagged`
  ])
  const chips = [...perCategory]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, total]) =>
      element(
        'button',
        {
          class: `chip${filter === category ? ' on' : ''}`,
          title: filter === category ? 'Show every category' : `Show only ${category}`,
          data: {category},
          attrs: {type: 'button', 'aria-pressed': String(filter === category)}
        },
        [element('span', {text: category}), element('span', {class: 'count', text: String(total)})]
      )
    )
  container.replaceChildren(totals, element('div', {class: 'chips'}, chips))
}

/** One switch per registered rule, with its finding count. */
export function renderRules(
  container: HTMLElement,
  rules: readonly RuleInfo[],
  isOn: (id: string) => boolean,
  countOf: (id: string) => number
): void {
  container.replaceChildren(
    ...rules.map((rule) => {
      const box = element('input', {attrs: {type: 'checkbox'}, data: {rule: rule.id}})
      box.checked = isOn(rule.id)
      const total = countOf(rule.id)
      return element('li', {class: 'rule-switch', title: rule.description}, [
        element('label', {}, [
          box,
          element('span', {class: 'id', text: rule.id}),
          element('span', {class: `count${total === 0 ? ' zero' : ''}`, text: String(total)})
        ]),
        element('span', {class: 'description', text: rule.description})
      ])
    })
  )
}

/** The changes fixing makes, as insertions and deletions in the running text; long unchanged stretches are shortened. */
export function renderDiff(container: HTMLElement, parts: readonly DiffPart[] | undefined): void {
  if (!parts) {
    container.replaceChildren(element('p', {class: 'note', text: 'Too many changes to show a diff; see the fixed text.'}))
    return
  }
  if (!parts.some((part) => part.added || part.removed)) {
    container.replaceChildren(element('p', {class: 'note', text: 'Nothing to fix.'}))
    return
  }
  container.replaceChildren(
    ...parts.flatMap((part, index) => {
      if (part.added) return [element('ins', {text: part.value})]
      if (part.removed) return [element('del', {text: part.value})]
      return unchanged(part.value, index > 0, index < parts.length - 1)
    })
  )
}

// Enough context on each side of a change to read it in its sentence.
const context = 120

function unchanged(value: string, after: boolean, before: boolean): Node[] {
  // Cut at spaces, so that no word is split by the shortening.
  const headEnd = after ? nextSpace(value, context) : 0
  const tailStart = before ? previousSpace(value, value.length - context) : value.length
  if (tailStart - headEnd < 40) return [document.createTextNode(value)]
  return [
    document.createTextNode(value.slice(0, headEnd)),
    element('span', {class: 'skipped', text: `… ${tailStart - headEnd} characters unchanged …`}),
    document.createTextNode(value.slice(tailStart))
  ]
}

function nextSpace(value: string, from: number): number {
  const found = value.indexOf(' ', from)
  return found === -1 || found > from + 40 ? Math.min(from, value.length) : found + 1
}

function previousSpace(value: string, from: number): number {
  if (from <= 0) return 0
  const found = value.lastIndexOf(' ', from)
  return found === -1 || found < from - 40 ? from : found
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
