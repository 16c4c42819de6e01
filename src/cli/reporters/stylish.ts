import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/** The human report: findings grouped by file, as remark and the unified tools print them. */
export function reportStylish(files: readonly VFile[], options: {quiet: boolean; color: boolean}): string {
  const report = reporter([...files], {quiet: options.quiet, color: options.color})
  return report ? report + '\n' : ''
}
