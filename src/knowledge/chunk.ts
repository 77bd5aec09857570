import { packUnits, splitToSize } from '../text/sentences.js';
import type { Chunk } from './types.js';

/** Separator between the levels of a chunk's heading path. */
export const SECTION_SEPARATOR = ' › ';
/** Section name of the text before the first heading (title, addressees, opening paragraph). */
export const PREAMBLE_SECTION = '前言';
/** Section name of the signature block at the end (issuer, date, 此件公开发布). */
export const SIGN_OFF_SECTION = '落款';
/** Default largest chunk, in characters: about three sentences, short enough to quote in a chat. */
export const DEFAULT_MAX_CHUNK_CHARS = 240;

const CN = '一二三四五六七八九十百零〇';
// Heading kinds in Chinese policy texts. Which kind nests inside which is learnt from the order they
// appear in, not fixed here, because documents skip levels (江阴 goes from 四、 straight to 1．).
const HEADINGS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'chapter', pattern: new RegExp(`^第[${CN}\\d]+章`) },
  { kind: 'article', pattern: new RegExp(`^第[${CN}\\d]+条`) },
  { kind: 'cn', pattern: new RegExp(`^[${CN}]+、`) },
  { kind: 'paren-cn', pattern: new RegExp(`^[（(][${CN}]+[）)]`) },
  { kind: 'paren-num', pattern: /^[（(]\d{1,2}[）)]/ },
  { kind: 'num', pattern: /^\d{1,2}(?:[．.](?!\d)|、)/ },
  { kind: 'shi', pattern: new RegExp(`^[${CN}]+是`) },
];
const TITLE_END = /[。；;：:！？!?]/;
const MAX_TITLE_CHARS = 32;

interface Node {
  kind: string | null;
  label: string;
  /** The heading line when it stands alone (「（一）建立工作机制」), shown when the node is merged into its parent. */
  headingLine?: string;
  paragraphs: string[];
  children: Node[];
}

interface Heading {
  kind: string;
  label: string;
  /** True when the line is only a heading; false when the heading opens a paragraph of text. */
  alone: boolean;
}

/** Recognises a numbered heading (一、 / （一） / 1． / 一是 / 第X条) at the start of a line. */
export function parseHeading(line: string): Heading | undefined {
  for (const { kind, pattern } of HEADINGS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const marker = match[0];
    const rest = line.slice(marker.length).trim();
    if (kind === 'article') return { kind, label: marker, alone: rest === '' };
    const end = TITLE_END.exec(rest);
    if (end === null && rest.length <= MAX_TITLE_CHARS) return { kind, label: `${marker}${rest}`, alone: true };
    const title = end !== null && end.index <= MAX_TITLE_CHARS ? rest.slice(0, end.index) : `${rest.slice(0, 14)}…`;
    return { kind, label: `${marker}${title}`, alone: false };
  }
  return undefined;
}

/** Splits a document into quotable chunks that follow its numbered structure and keep their heading path. */
export function chunkDocument(documentId: string, body: string, maxChars = DEFAULT_MAX_CHUNK_CHARS): Chunk[] {
  const root = buildTree(body);
  const chunks: Chunk[] = [];
  const push = (path: readonly string[], text: string): void => {
    chunks.push({ id: `${documentId}#${chunks.length + 1}`, documentId, section: path.join(SECTION_SEPARATOR), text });
  };
  if (subtreeLength(root) <= maxChars) {
    push(['全文'], render(root));
    return chunks;
  }
  const emit = (node: Node, path: readonly string[]): void => {
    if (node !== root && subtreeLength(node) <= maxChars) {
      push(path, render(node));
      return;
    }
    const ownPath = node === root ? [PREAMBLE_SECTION] : path;
    for (const piece of pieces(node.paragraphs, maxChars)) push(ownPath, piece);
    for (const child of node.children) emit(child, node === root ? [child.label] : [...path, child.label]);
  };
  emit(root, []);
  return chunks;
}

function buildTree(body: string): Node {
  const root: Node = { kind: null, label: '', paragraphs: [], children: [] };
  const lines = body.split('\n').map((l) => l.trim());
  const signOffStart = findSignOff(lines);
  const stack: Node[] = [root];
  for (const line of lines.slice(0, signOffStart)) {
    if (line === '') continue;
    const heading = parseHeading(line);
    if (!heading) {
      stack[stack.length - 1]!.paragraphs.push(line);
      continue;
    }
    // A heading of a kind already open closes that level (and everything under it); a new kind nests.
    const open = stack.findIndex((n) => n.kind === heading.kind);
    if (open > 0) stack.length = open;
    const node: Node = { kind: heading.kind, label: heading.label, paragraphs: heading.alone ? [] : [line], children: [] };
    if (heading.alone) node.headingLine = line;
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  const signOff = lines.slice(signOffStart).filter((l) => l !== '');
  if (signOff.length > 0) root.children.push({ kind: 'sign-off', label: SIGN_OFF_SECTION, paragraphs: signOff, children: [] });
  return root;
}

// The signature block is the run of short lines without sentence punctuation at the very end:
// issuer names, the date, 「（此件公开发布）」, 「…印发」.
function findSignOff(lines: readonly string[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line.length > 60 || /[。；，,]/.test(line) || parseHeading(line)) break;
    start = i;
  }
  return start;
}

function render(node: Node): string {
  const parts = [...node.paragraphs];
  for (const child of node.children) {
    if (child.headingLine !== undefined) parts.push(child.headingLine);
    parts.push(render(child));
  }
  return parts.filter((p) => p !== '').join('\n');
}

function subtreeLength(node: Node): number {
  return render(node).length;
}

// Paragraphs are packed together while they fit; a paragraph longer than the limit is cut at
// sentence ends (then clauses) so each piece can still be quoted on its own.
function pieces(paragraphs: readonly string[], maxChars: number): string[] {
  const units = paragraphs.flatMap((p) => (p.length <= maxChars ? [p] : splitToSize(p, maxChars)));
  return packUnits(units, maxChars, '\n');
}
