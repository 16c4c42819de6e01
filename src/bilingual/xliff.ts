import type {Element} from 'xast'
import type {TranslationDocument, TranslationSegment} from './target-text.js'
import {TargetBuilder, TranslationFileError} from './target-text.js'
import {attribute, childElements, collectText, localName, parseXml, plainText, rangeOf, targetBuilder} from './xml-text.js'

const formatName = 'XLIFF'

/**
 * Read an XLIFF file: 1.x `<trans-unit>` and 2.x `<unit><segment>`, each
 * `<source>` with its `<target>` (an absent target is an empty one whose
 * findings point at the source). A 2.x unit of several segments names each
 * `unit/segment`. Units marked `translate="no"` (or in such a group) are skipped.
 */
export function readXliff(text: string): TranslationDocument {
  const root = parseXml(text, formatName)
  const xliff = childElements(root)[0]
  if (!xliff || localName(xliff) !== 'xliff') {
    throw new TranslationFileError(`Cannot read ${formatName}: the root element is \`<${xliff?.name ?? ''}>\`, not \`<xliff>\``, xliff ? rangeOf(xliff).start : 0)
  }
  const segments: TranslationSegment[] = []
  for (const unit of units(xliff)) {
    if (localName(unit) === 'trans-unit') {
      segments.push(pair(unit, unit, attribute(unit, 'id') ?? String(segments.length + 1), text))
      continue
    }
    const parts = childElements(unit, 'segment')
    const unitId = attribute(unit, 'id') ?? String(segments.length + 1)
    parts.forEach((part, index) => {
      const id = parts.length === 1 ? unitId : `${unitId}/${attribute(part, 'id') ?? String(index + 1)}`
      segments.push(pair(unit, part, id, text))
    })
  }
  return {segments}
}

// Units in document order; alternatives (`alt-trans`) inside a unit are not
// units, and a unit or group marked `translate="no"` is not to be translated.
function units(node: Element): Element[] {
  const found: Element[] = []
  for (const child of childElements(node)) {
    if (attribute(child, 'translate') === 'no') continue
    const name = localName(child)
    if (name === 'trans-unit' || name === 'unit') found.push(child)
    else found.push(...units(child))
  }
  return found
}

function pair(unit: Element, holder: Element, id: string, text: string): TranslationSegment {
  const source = childElements(holder, 'source')[0]
  const target = childElements(holder, 'target')[0]
  if (!target) {
    const spans = new TargetBuilder().build({anchor: rangeOf(source ?? unit), joinable: false})
    return {id, source: plainText(source, text, formatName), target: '', spans}
  }
  const builder = targetBuilder(target, text)
  collectText(target, text, builder, formatName)
  const spans = builder.build({anchor: rangeOf(target), joinable: false, trimLayout: true})
  return {id, source: plainText(source, text, formatName), target: spans.text, spans}
}
