// What a question file's header says its process topics cover (see header-scope.yaml).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const scopeFile = z.record(z.string(), z.record(z.string(), z.string()));

/** Topic → the narrower process topics its file's header puts under it (empty when none). */
export type HeaderScope = ReadonlyMap<string, readonly string[]>;

/** Reads bench/kb/header-scope.yaml: topic → header phrase → process topic. */
export function loadHeaderPhrases(): Record<string, Record<string, string>> {
  return scopeFile.parse(parseYaml(readFileSync(new URL('./header-scope.yaml', import.meta.url), 'utf8')));
}

/**
 * The widening a file's leading comment defines: for each topic of `phrases`, the text in parentheses
 * after the topic's name («process_feedback (results, time limits, …, complaints)») is cut at commas
 * and each known phrase brings its process topic.
 */
export function headerScope(fileText: string, phrases = loadHeaderPhrases()): HeaderScope {
  const header: string[] = [];
  for (const line of fileText.split('\n')) {
    if (!line.startsWith('#')) break;
    header.push(line.replace(/^#+\s?/, ''));
  }
  const text = header.join(' ').replace(/\s+/g, ' ');
  const scope = new Map<string, string[]>();
  for (const [topic, known] of Object.entries(phrases)) {
    const at = text.indexOf(`${topic} (`);
    if (at === -1) continue;
    const open = at + topic.length + 2;
    const close = text.indexOf(')', open);
    if (close === -1) continue;
    const listed = text
      .slice(open, close)
      .split(',')
      .map((p) => p.trim().toLowerCase());
    const wider = [...new Set(listed.flatMap((p) => (known[p] ? [known[p]] : [])))];
    if (wider.length > 0) scope.set(topic, wider);
  }
  return scope;
}
