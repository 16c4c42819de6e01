import type {Paragraph as ParagraphNode} from 'nlcst'
import type {TextParagraphCache} from '../format.js'

/**
 * The parsed paragraphs of one open document, by text. Two generations: a
 * check takes what it needs from the last one, and `sweep` drops whatever no
 * check has asked for since the sweep before, so deleted or rewritten
 * paragraphs do not pile up while a translator types.
 */
export class ParagraphCache implements TextParagraphCache {
  private current = new Map<string, ParagraphNode>()
  private previous = new Map<string, ParagraphNode>()

  get(text: string): ParagraphNode | undefined {
    const kept = this.current.get(text)
    if (kept) return kept
    const older = this.previous.get(text)
    if (older) this.current.set(text, older)
    return older
  }

  set(text: string, paragraph: ParagraphNode): void {
    this.current.set(text, paragraph)
  }

  /** Forget paragraphs unused since the last sweep; call after each check. */
  sweep(): void {
    this.previous = this.current
    this.current = new Map()
  }

  /** How many paragraphs are kept. */
  get size(): number {
    return new Set([...this.current.keys(), ...this.previous.keys()]).size
  }
}
