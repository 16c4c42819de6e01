import type {Element} from 'xast'
import type {TranslationDocument, TranslationSegment} from './target-text.js'
import {TargetBuilder, TranslationFileError} from './target-text.js'
import {attribute, childElements, collectText, findElements, localName, parseXml, plainText, rangeOf, targetBuilder} from './xml-text.js'

const formatName = 'TMX'

/**
 * Read a TMX file: each `<tu>` pairs the `<tuv>` in the header's `srclang`
 * (a Chinese one when `srclang` is missing or `*all*`) with an English
 * `<tuv>` (else the first other one). Languages are read from `xml:lang`,
 * or `lang` in TMX 1.1.
 */
export function readTmx(text: string): TranslationDocument {
  const root = parseXml(text, formatName)
  const tmx = childElements(root)[0]
  if (!tmx || localName(tmx) !== 'tmx') {
    throw new TranslationFileError(`Cannot read ${formatName}: the root element is \`<${tmx?.name ?? ''}>\`, not \`<tmx>\``, tmx ? rangeOf(tmx).start : 0)
  }
  const header = childElements(tmx, 'header')[0]
  const declared = header ? attribute(header, 'srclang') : undefined
  const sourceLanguage = declared && declared !== '*all*' ? declared.toLowerCase() : undefined
  const segments: TranslationSegment[] = []
  for (const unit of findElements(tmx, 'tu')) {
    const variants = childElements(unit, 'tuv')
    const languageOf = (variant: Element) => (attribute(variant, 'lang') ?? '').toLowerCase()
    const source =
      variants.find((variant) => sourceLanguage !== undefined && sameLanguage(languageOf(variant), sourceLanguage)) ??
      variants.find((variant) => sameLanguage(languageOf(variant), 'zh'))
    const others = variants.filter((variant) => variant !== source)
    const target = others.find((variant) => sameLanguage(languageOf(variant), 'en')) ?? others[0]
    const id = attribute(unit, 'tuid') ?? String(segments.length + 1)
    const sourceText = plainText(source && childElements(source, 'seg')[0], text, formatName)
    const seg = target && childElements(target, 'seg')[0]
    if (!seg) {
      const spans = new TargetBuilder().build({anchor: rangeOf(source ?? unit), joinable: false})
      segments.push({id, source: sourceText, target: '', spans})
      continue
    }
    const builder = targetBuilder(seg, text)
    collectText(seg, text, builder, formatName)
    const spans = builder.build({anchor: rangeOf(seg), joinable: false, trimLayout: true})
    segments.push({id, source: sourceText, target: spans.text, spans})
  }
  return {segments}
}

// `zh-CN` is `zh`; `zh` is not `zh-CN`'s only spelling, so compare the primary subtag when one side has none.
function sameLanguage(tag: string, wanted: string): boolean {
  if (tag === wanted) return true
  const primary = wanted.split('-', 1)[0]!
  return wanted === primary && tag.split('-', 1)[0] === primary
}
