import { idCheckCharacter } from '../../src/identity/id-number.js';

/** A fictional resident ID with a valid GB 11643 check character (area 320281 江阴 by default). */
export function fakeIdNumber(birth: string, sequence: number, area = '320281'): string {
  const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

/** The same ID with its check character changed, so it fails the check. */
export function withWrongCheck(id: string): string {
  const last = id.at(-1);
  const wrong = last === '0' ? '1' : '0';
  return `${id.slice(0, 17)}${wrong}`;
}
