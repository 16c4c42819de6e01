/** What `element` sets on a new element. */
export interface ElementProps {
  class?: string
  text?: string
  title?: string
  data?: Record<string, string>
  attrs?: Record<string, string>
}

/** Create an element with its classes, text, attributes and children. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: ElementProps = {},
  children: Array<Node | string> = []
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag)
  if (props.class) node.className = props.class
  if (props.text !== undefined) node.textContent = props.text
  if (props.title) node.title = props.title
  for (const [key, value] of Object.entries(props.data ?? {})) node.dataset[key] = value
  for (const [key, value] of Object.entries(props.attrs ?? {})) node.setAttribute(key, value)
  node.append(...children)
  return node
}

/** Find a required element of the page by id. */
export function byId<Type extends HTMLElement>(id: string): Type {
  const node = document.getElementById(id)
  if (!node) throw new Error(`Missing #${id} in the page`)
  return node as Type
}

/** Text where `code` spans are written between backticks, as in rule messages. */
export function withCode(text: string): Array<Node | string> {
  return text.split('`').map((part, index) => (index % 2 === 1 ? element('code', {text: part}) : part))
}

/** A replacement as a person can see it: spaces and line breaks made visible, nothing named. */
export function visible(value: string): string {
  if (value === '') return 'remove'
  if (value.trim() !== '') return value
  return value.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥')
}
