import { createHash } from 'node:crypto';

/** sha1 hex of the sorted, concatenated parts, computed here rather than by the library under test. */
export function sha1Signed(...parts: string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}
