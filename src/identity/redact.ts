// ID numbers (18 or 15 digits) and mobile numbers as people type them: with spaces, dashes or +86.
const ID_PATTERN = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])/g;
const PHONE_PATTERN = /(?<![0-9])(?:\+?86[\s-]?)?1[3-9][0-9](?:[\s-]?[0-9]){8}(?![0-9])/g;

/** Masks every ID number and mobile number in a text, keeping the rest as written. */
export function redactIdentifiers(text: string): string {
  return text
    .replace(ID_PATTERN, (id) => `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`)
    .replace(PHONE_PATTERN, (phone) => {
      const digits = phone.replace(/\D/g, '').slice(-11);
      return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
    });
}

/** What an erased value becomes wherever it was stored. */
export const ERASED = '（已删除）';

/** Removes the given values (names, addresses, free text) and masks every ID number and phone in a text. */
export function eraseFromText(text: string, values: readonly string[]): string {
  let out = text;
  // Longest first, so a name inside an address does not leave the rest of the address behind.
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    if (value.length < 2) continue;
    out = out.split(value).join(ERASED);
  }
  return redactIdentifiers(out);
}

/** eraseFromText applied to every string inside a JSON value (stored replies, event details). */
export function eraseFromJson<T>(value: T, values: readonly string[]): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return eraseFromText(node, values);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}
