import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';

/** One regular expression of the project, and where it comes from (file and line, or data entry). */
export interface InventoriedRegex {
  source: string;
  flags: string;
  where: string;
}

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return typescriptFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** Every regular-expression literal written in src/, found with the TypeScript parser. */
export function literalRegexes(): InventoriedRegex[] {
  const out: InventoriedRegex[] = [];
  for (const file of typescriptFiles(path.join(PROJECT_ROOT, 'src'))) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const end = text.lastIndexOf('/');
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
        out.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${path.relative(PROJECT_ROOT, file)}:${line + 1}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return out;
}

/**
 * Every regular expression that src/ builds with `new RegExp` while its modules load (entity patterns
 * assembled from word lists, number spans …): the constructor is wrapped while each module is imported.
 * src/server.ts is left out because importing it starts a server. Patterns built later, from data
 * (the urgency lexicon), are inventoried from their files instead.
 */
export async function constructedRegexes(): Promise<InventoriedRegex[]> {
  const out: InventoriedRegex[] = [];
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget: new (...a: unknown[]) => unknown) {
      const regex = Reflect.construct<[string | RegExp, string?], RegExp>(target, args, newTarget);
      const caller = new Error().stack?.split('\n')[2]?.trim() ?? '';
      const where = /\/(src\/[^:)]+:\d+)/u.exec(caller)?.[1];
      if (where) out.push({ source: regex.source, flags: regex.flags, where });
      return regex;
    },
  });
  try {
    // Only modules that call the constructor can build a pattern while loading; importing just those
    // keeps the heavy ones (the web framework, the LLM clients) out of the test.
    for (const file of typescriptFiles(path.join(PROJECT_ROOT, 'src'))) {
      if (file.endsWith(`${path.sep}server.ts`) || !readFileSync(file, 'utf8').includes('RegExp(')) continue;
      await import(file);
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

interface UrgencyYaml {
  contexts: Record<string, { patterns: string[] }>;
  hard_negatives?: string[];
  rules: { id: string; patterns: string[]; requires?: { pattern: string }[]; unless?: string[] }[];
}

/** Every pattern written in intents/urgency.yaml, one by one, as the lexicon compiles them (Unicode mode). */
export function urgencyPatterns(
  file = path.join(PROJECT_ROOT, 'intents', 'urgency.yaml'),
): InventoriedRegex[] {
  const lexicon = parseYaml(readFileSync(file, 'utf8')) as UrgencyYaml;
  const out: InventoriedRegex[] = [];
  const add = (source: string, where: string): void =>
    void out.push({ source, flags: 'u', where: `urgency.yaml ${where}` });
  for (const [name, context] of Object.entries(lexicon.contexts))
    context.patterns.forEach((p, i) => add(p, `context ${name} #${i + 1}`));
  (lexicon.hard_negatives ?? []).forEach((p, i) => add(p, `hard_negatives #${i + 1}`));
  for (const rule of lexicon.rules) {
    rule.patterns.forEach((p, i) => add(p, `rule ${rule.id} #${i + 1}`));
    (rule.requires ?? []).forEach((r, i) => add(r.pattern, `rule ${rule.id} requires #${i + 1}`));
    (rule.unless ?? []).forEach((p, i) => add(p, `rule ${rule.id} unless #${i + 1}`));
  }
  return out;
}

// Regular-expression syntax, so that what is left of a source are the words and characters it looks for.
const SYNTAX =
  /\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\.|\(\?(?:[:=!]|<[=!]|<[a-zA-Z]+>)|\{\d+(?:,\d*)?\}|[-()[\]{}|*+?^$.]/gu;

/**
 * Attack strings for one pattern at the length limit: each word and each character the pattern looks for
 * pumped to `length` characters, then an end that makes a match fail ('\u0000', '!', a line break).
 * Plus the generic pumps (digits, numerals, spaces) that every number or gap in a pattern loops over.
 */
export function attackStrings(source: string, length = 2000, perKind = 10): string[] {
  // Alternatives are marked apart from the rest of the syntax, so that words in sequence can be paired.
  const marked = source.replace(/\|/gu, ' \u0001 ').replace(SYNTAX, ' ');
  const tokens = marked.split(/\s+/u).filter((token) => token !== '');
  const pieces = tokens.filter((token) => token !== '\u0001');
  // Two words in sequence pumped together (「早年现在」 from `(?:…|早年)[^]*?(?:现在|…)`) is how two loops in
  // a row are made to backtrack; two alternatives of one group are never in sequence.
  const pairs = tokens.flatMap((token, i) => {
    const next = tokens[i + 1];
    return token !== '\u0001' && next !== undefined && next !== '\u0001' ? [`${token}${next}`] : [];
  });
  const characters = [...new Set(pieces.flatMap((piece) => Array.from(piece)))];
  const pick = (list: readonly string[]): string[] => [...new Set(list)].slice(0, perKind);
  const pumps = [
    ...pick(pairs).concat(pairs.length > perKind ? pick(pairs.slice(-perKind)) : []),
    ...pick(pieces),
    ...pick(characters),
    '1',
    '1 ',
    '一',
    '几',
    ' ',
    'a',
    '，',
    'x',
    '🙏',
  ];
  const out: string[] = [];
  for (const pump of new Set(pumps)) {
    const body = pump.repeat(Math.ceil(length / pump.length)).slice(0, length - 1);
    out.push(`${body}\u0000`, `${body.slice(0, -2)}!\n`);
  }
  return out;
}
