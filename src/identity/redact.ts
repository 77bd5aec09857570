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
