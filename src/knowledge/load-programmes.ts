import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import type { KnowledgeLogger, SkippedFile } from './load-documents.js';
import type { ProgrammeCard } from './programme-card.js';
import { CARD_PARTS, isDocumentSource, programmeCardSchema } from './programme-card.js';

/** The folder of programme cards inside the knowledge directory. */
export const PROGRAMMES_DIR = 'programmes';

/** Tells whether a seed document has a section with this heading path (or one starting with it). */
export type SectionLookup = (documentId: string, section: string) => boolean;

/** The outcome of parsing one card file: a card, or the reason it cannot be used. */
export type ParsedCard = { ok: true; card: ProgrammeCard } | { ok: false; reason: string };

/** Parses and checks one card file without touching the disk; `sections` checks document sources. */
export function parseCardFile(file: string, content: string, sections: SectionLookup): ParsedCard {
  let raw: unknown;
  try {
    raw = parseYaml(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const parsed = programmeCardSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, reason: issues };
  }
  const card = parsed.data;
  // The file name is the type, so a county finds the card it wants to edit by its code.
  const expected = `${card.type}.yaml`;
  if (file !== expected && file !== `${card.type}.yml`) return { ok: false, reason: `type ${card.type} belongs in ${expected}` };
  // A citation to a section that does not exist would send a resident (or an auditor) nowhere.
  for (const partName of CARD_PARTS) {
    for (const [i, fact] of card[partName].entries()) {
      for (const source of fact.sources) {
        if (isDocumentSource(source) && !sections(source.doc, source.section)) {
          return { ok: false, reason: `${partName}.${i}: no section 「${source.section}」 in document ${source.doc}` };
        }
      }
    }
  }
  return { ok: true, card };
}

/** Reads every card in `<dir>/programmes`; a broken card is logged by name and skipped, never thrown. */
export async function loadProgrammes(
  dir: string,
  sections: SectionLookup,
  logger?: KnowledgeLogger,
): Promise<{ cards: ProgrammeCard[]; skipped: SkippedFile[] }> {
  const folder = join(dir, PROGRAMMES_DIR);
  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string): void => {
    skipped.push({ file: `${PROGRAMMES_DIR}/${file}`, reason });
    logger?.warn({ file: `${PROGRAMMES_DIR}/${file}`, reason }, `programme card ${file} skipped: ${reason}. Fix the card and restart, or run npm run kb:build to check it.`);
  };
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => /\.ya?ml$/iu.test(n) && !/^[_.]/u.test(n)).sort();
  } catch {
    // No folder: a knowledge base of documents only is still valid.
    return { cards: [], skipped };
  }
  const cards: ProgrammeCard[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    let content: string;
    try {
      content = await readFile(join(folder, name), 'utf8');
    } catch (error) {
      skip(name, `cannot be read: ${(error as Error).message}`);
      continue;
    }
    const parsed = parseCardFile(name, content, sections);
    if (!parsed.ok) {
      skip(name, parsed.reason);
      continue;
    }
    if (seen.has(parsed.card.type)) {
      skip(name, `a card for ${parsed.card.type} is already loaded`);
      continue;
    }
    seen.add(parsed.card.type);
    cards.push(parsed.card);
  }
  return { cards, skipped };
}
