/**
 * The characters a regular expression cannot match without: a set such that every non-empty match contains
 * at least one of them, read from the expression's source. A message that contains none of them cannot
 * give the expression a non-empty match, so the expression need not be run on it at all, which is what
 * makes a lexicon of many large alternations cheap on a short message (src/nlu/risk/view.ts).
 *
 * The reading is conservative: whatever it does not understand (a negated class, `.`, a back reference, a
 * Unicode property …) requires nothing, and an alternative that requires nothing makes the whole expression
 * require nothing (`undefined`: always run it). It is written for expressions compiled with the `u` flag
 * and without `i` (code points, case as written); for any other flags it gives up.
 */

type Node =
  | { kind: 'char'; cp: number }
  | { kind: 'class'; set: Set<number> | undefined }
  | { kind: 'group'; alternatives: Node[][]; consumes: boolean }
  | { kind: 'repeat'; node: Node; min: number }
  | { kind: 'none' };

// The code points `\s` stands for (ECMAScript WhiteSpace and LineTerminator).
const WHITE_SPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
// A class wider than this is read as requiring nothing: it would make the prefilter useless anyway.
const MAX_CLASS = 256;
// Characters in nearly every message: a requirement made of them is chosen only when nothing rarer is.
const COMMON = new Set([...'的了我是不在有人这个一你他她们就也都没要想说吗呢啊吧好']);

class Unsupported extends Error {}

class Parser {
  private i = 0;
  private readonly cps: number[];
  constructor(source: string) {
    this.cps = [...source].map((c) => c.codePointAt(0)!);
  }

  private peek(offset = 0): number | undefined {
    return this.cps[this.i + offset];
  }

  private is(char: string, offset = 0): boolean {
    return this.peek(offset) === char.codePointAt(0);
  }

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.i !== this.cps.length) throw new Unsupported('unbalanced )');
    return alternatives;
  }

  private alternatives(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.is('|')) {
      this.i++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.cps.length && !this.is('|') && !this.is(')')) items.push(this.quantified());
    return items;
  }

  private quantified(): Node {
    const atom = this.atom();
    let min: number | undefined;
    if (this.is('*')) {
      min = 0;
      this.i++;
    } else if (this.is('+')) {
      min = 1;
      this.i++;
    } else if (this.is('?')) {
      min = 0;
      this.i++;
    } else if (this.is('{')) {
      let j = this.i + 1;
      let digits = '';
      while (j < this.cps.length && /[0-9]/u.test(String.fromCodePoint(this.cps[j]!)))
        digits += String.fromCodePoint(this.cps[j++]!);
      if (digits === '') throw new Unsupported('{ without a count');
      while (j < this.cps.length && this.cps[j] !== '}'.codePointAt(0)) j++;
      if (j >= this.cps.length) throw new Unsupported('unclosed {');
      min = Number(digits);
      this.i = j + 1;
    }
    if (min === undefined) return atom;
    if (this.is('?')) this.i++; // lazy
    return { kind: 'repeat', node: atom, min };
  }

  private atom(): Node {
    const cp = this.peek();
    if (cp === undefined) throw new Unsupported('unexpected end');
    const char = String.fromCodePoint(cp);
    this.i++;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return { kind: 'class', set: undefined };
      case '^':
      case '$':
        return { kind: 'none' };
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
      case '|':
        throw new Unsupported(`unexpected ${char}`);
      default:
        return { kind: 'char', cp };
    }
  }

  private group(): Node {
    let consumes = true;
    if (this.is('?')) {
      if (this.is(':', 1)) this.i += 2;
      else if (this.is('=', 1) || this.is('!', 1)) {
        consumes = false;
        this.i += 2;
      } else if (this.is('<', 1) && (this.is('=', 2) || this.is('!', 2))) {
        consumes = false;
        this.i += 3;
      } else if (this.is('<', 1)) {
        // A named group: skip the name.
        this.i += 2;
        while (this.i < this.cps.length && !this.is('>')) this.i++;
        if (!this.is('>')) throw new Unsupported('unclosed group name');
        this.i++;
      } else throw new Unsupported('unknown group');
    }
    const alternatives = this.alternatives();
    if (!this.is(')')) throw new Unsupported('unclosed group');
    this.i++;
    return { kind: 'group', alternatives, consumes };
  }

  /** One escape outside a class. */
  private escape(): Node {
    const escaped = this.classEscape();
    if (escaped === 'assertion') return { kind: 'none' };
    if (escaped === undefined) return { kind: 'class', set: undefined };
    if (typeof escaped === 'number') return { kind: 'char', cp: escaped };
    return { kind: 'class', set: new Set(escaped) };
  }

  /**
   * The escape after a backslash: a code point, a list of code points (`\s`, `\d`), `undefined` for one
   * that stands for too much to list (`\S`, `\w`, `\p{…}`, a back reference), or an assertion (`\b`, `\B`).
   */
  private classEscape(inClass = false): number | number[] | undefined | 'assertion' {
    const cp = this.peek();
    if (cp === undefined) throw new Unsupported('trailing backslash');
    const char = String.fromCodePoint(cp);
    this.i++;
    switch (char) {
      case 's':
        return WHITE_SPACE;
      case 'd':
        return [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
      case 'n':
        return 0x0a;
      case 't':
        return 0x09;
      case 'r':
        return 0x0d;
      case 'f':
        return 0x0c;
      case 'v':
        return 0x0b;
      case 'b':
        return inClass ? 0x08 : 'assertion';
      case 'B':
        if (inClass) throw new Unsupported('\\B in a class');
        return 'assertion';
      case 'u': {
        if (this.is('{')) {
          let hex = '';
          this.i++;
          while (this.i < this.cps.length && !this.is('}')) hex += String.fromCodePoint(this.cps[this.i++]!);
          this.i++;
          if (!/^[0-9a-fA-F]+$/u.test(hex)) throw new Unsupported('bad \\u{}');
          return Number.parseInt(hex, 16);
        }
        const hex = this.cps
          .slice(this.i, this.i + 4)
          .map((c) => String.fromCodePoint(c))
          .join('');
        if (!/^[0-9a-fA-F]{4}$/u.test(hex)) throw new Unsupported('bad \\u');
        this.i += 4;
        const unit = Number.parseInt(hex, 16);
        // A surrogate pair written as two \u escapes is one code point; leave such sources alone.
        if (unit >= 0xd800 && unit <= 0xdfff) throw new Unsupported('surrogate escape');
        return unit;
      }
      case 'x': {
        const hex = this.cps
          .slice(this.i, this.i + 2)
          .map((c) => String.fromCodePoint(c))
          .join('');
        if (!/^[0-9a-fA-F]{2}$/u.test(hex)) throw new Unsupported('bad \\x');
        this.i += 2;
        return Number.parseInt(hex, 16);
      }
      case 'p':
      case 'P':
        if (this.is('{')) {
          while (this.i < this.cps.length && !this.is('}')) this.i++;
          this.i++;
        }
        return undefined;
      case 'k':
        if (this.is('<')) {
          while (this.i < this.cps.length && !this.is('>')) this.i++;
          this.i++;
        }
        return undefined;
      case 'S':
      case 'D':
      case 'w':
      case 'W':
      case 'c':
        if (char === 'c') this.i++;
        return undefined;
      default:
        if (/[0-9]/u.test(char)) {
          // A back reference (or \0): stands for nothing we can list.
          while (this.i < this.cps.length && /[0-9]/u.test(String.fromCodePoint(this.cps[this.i]!))) this.i++;
          return char === '0' ? 0 : undefined;
        }
        // With the `u` flag only syntax characters (and `-` in a class, `/`) may be escaped: they stand for themselves.
        if (/[\^$\\.*+?()[\]{}|/-]/u.test(char)) return cp;
        throw new Unsupported(`unknown escape \\${char}`);
    }
  }

  private characterClass(): Node {
    let negated = false;
    if (this.is('^')) {
      negated = true;
      this.i++;
    }
    const set = new Set<number>();
    let known = true;
    while (this.i < this.cps.length && !this.is(']')) {
      const start = this.classAtom();
      if (this.is('-') && !this.is(']', 1) && this.peek(1) !== undefined) {
        this.i++;
        const end = this.classAtom();
        if (typeof start !== 'number' || typeof end !== 'number') throw new Unsupported('class range');
        if (end < start) throw new Unsupported('reversed range');
        if (end - start > MAX_CLASS) known = false;
        else for (let c = start; c <= end; c++) set.add(c);
        continue;
      }
      if (start === undefined) known = false;
      else if (typeof start === 'number') set.add(start);
      else for (const c of start) set.add(c);
    }
    if (!this.is(']')) throw new Unsupported('unclosed class');
    this.i++;
    if (negated || !known || set.size > MAX_CLASS) return { kind: 'class', set: undefined };
    // An empty class matches nothing; reading it as requiring nothing is still safe.
    return { kind: 'class', set: set.size > 0 ? set : undefined };
  }

  private classAtom(): number | number[] | undefined {
    const cp = this.peek();
    if (cp === undefined) throw new Unsupported('unclosed class');
    this.i++;
    if (cp !== '\\'.codePointAt(0)) return cp;
    const escaped = this.classEscape(true);
    if (escaped === 'assertion') throw new Unsupported('assertion in a class');
    return escaped;
  }
}

/** What a node requires: at least one of these code points, or `undefined` when it requires nothing we know. */
function required(node: Node): Set<number> | undefined {
  switch (node.kind) {
    case 'char':
      return new Set([node.cp]);
    case 'class':
      return node.set;
    case 'group':
      return node.consumes ? ofAlternatives(node.alternatives) : undefined;
    case 'repeat':
      return node.min >= 1 ? required(node.node) : undefined;
    case 'none':
      return undefined;
  }
}

/** A requirement's cost as a filter: common characters count for many. */
function weight(set: ReadonlySet<number>): number {
  let w = 0;
  for (const cp of set) w += COMMON.has(String.fromCodePoint(cp)) ? 20 : 1;
  return w;
}

/** A sequence requires what each of its parts does; the most selective part is kept. */
function ofSequence(items: readonly Node[]): Set<number> | undefined {
  let best: Set<number> | undefined;
  let bestWeight = Infinity;
  for (const item of items) {
    const set = required(item);
    if (!set) continue;
    const w = weight(set);
    if (w < bestWeight) {
      best = set;
      bestWeight = w;
    }
  }
  return best;
}

/** An alternation requires one of what its alternatives require; one that requires nothing frees them all. */
function ofAlternatives(alternatives: readonly (readonly Node[])[]): Set<number> | undefined {
  const union = new Set<number>();
  for (const alternative of alternatives) {
    const set = ofSequence(alternative);
    if (!set) return undefined;
    for (const cp of set) union.add(cp);
  }
  return union;
}

/**
 * The code points one of which every non-empty match of `regex` contains, or `undefined` when the
 * expression must always be run (it may match without any character we can name, or it is not understood).
 */
export function requiredChars(regex: RegExp): ReadonlySet<number> | undefined {
  if (!regex.unicode || regex.ignoreCase || regex.flags.includes('v')) return undefined;
  try {
    return ofAlternatives(new Parser(regex.source).parse());
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Many expressions behind one look-up: which of them could match a text, from the characters it contains.
 * `mayMatch(text)` returns a test that is false only for an expression that cannot match the text (with
 * a non-empty match); expressions that require nothing are always possible.
 */
export class RequiredCharsIndex {
  private readonly byChar = new Map<number, number[]>();
  private readonly always: number[] = [];
  private readonly ids = new Map<RegExp, number>();

  constructor(expressions: Iterable<RegExp>) {
    for (const regex of expressions) {
      if (this.ids.has(regex)) continue;
      const id = this.ids.size;
      this.ids.set(regex, id);
      const set = requiredChars(regex);
      if (!set) {
        this.always.push(id);
        continue;
      }
      for (const cp of set) {
        let list = this.byChar.get(cp);
        if (!list) this.byChar.set(cp, (list = []));
        list.push(id);
      }
    }
  }

  /** A test of whether each expression could match `text`; an expression not given to the index always could. */
  mayMatch(text: string): (regex: RegExp) => boolean {
    const possible = new Uint8Array(this.ids.size);
    for (const id of this.always) possible[id] = 1;
    const seen = new Set<number>();
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (seen.has(cp)) continue;
      seen.add(cp);
      const list = this.byChar.get(cp);
      if (list) for (const id of list) possible[id] = 1;
    }
    return (regex) => {
      const id = this.ids.get(regex);
      return id === undefined || possible[id] === 1;
    };
  }
}
