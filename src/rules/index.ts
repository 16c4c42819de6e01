import type {Rule} from '../rule.js'
import repeatedWord from './repeated-word.js'

/** Every rule, keyed by id (a test checks this list against the folder). */
export const rules: Record<string, Rule<any>> = {
  'repeated-word': repeatedWord
}
