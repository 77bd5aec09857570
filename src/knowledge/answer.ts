import { normalizeText } from '../text/normalize.js';
import { splitClauses, splitSentences } from '../text/sentences.js';
import type { Concept } from './analyzer.js';
import type { Answerability } from './answerability.js';
import { conceptPresent } from './answerability.js';
import type { Glossary } from './load-resources.js';
import type { Place, RegionRelation } from './region.js';
import type { Chunk, Citation, PolicyAnswer, PolicyDocument } from './types.js';

/** Where the resident is, as far as the conversation tells, and how the cited document relates to it. */
export interface RegionContext {
  place?: Place;
  relation?: RegionRelation;
  /** True when some document covers the place, even if not the one cited. */
  placeCovered?: boolean;
}

/** Everything needed to answer from one retrieved chunk. */
export interface AnswerInput {
  concepts: readonly Concept[];
  weights: readonly number[];
  chunk: Chunk;
  document: PolicyDocument;
  glossary: Glossary;
  region: RegionContext;
}

/** What the bot says when the documents do not cover the question: no guess, a person instead. */
export const ABSTAIN_TEXT =
  '抱歉，我这里的政策文件没有讲到这个问题，我不想随便回答，免得误了您的事。您可以回复「转人工」，请工作人员帮您解答；也可以拨打社会救助热线12349或政务服务热线12345咨询。';
/** What the bot says when asked for an amount or standard that the documents do not state. */
export const NO_FIGURE_TEXT =
  '我这里的政策文件没有写具体的金额和标准，我不能给您报数字，免得说错。您可以回复「转人工」请工作人员帮您查；也可以拨打社会救助热线12349或政务服务热线12345，问问当地民政部门。';

const QUOTE_WHOLE_CHUNK_CHARS = 90;
const MAX_QUOTE_CHARS = 160;
const LONG_SENTENCE_CHARS = 80;
const CN = '一二三四五六七八九十';
const LEADING_MARKER = new RegExp(`^(?:[（(][${CN}\\d]{1,3}[）)]|\\d{1,2}[．.、]\\s*|[${CN}]+、|[${CN}]+是)`);

/** What the bot says when another department handles the question: where to go, and that hardship is still ours. */
export function referralText(department: string): string {
  return `这件事一般归${department}办理，不属于社会救助，我这里答不准，免得误了您的事。建议您直接问问他们，或者拨打政务服务热线12345。要是家里生活上有困难，也可以跟我说说，我帮您看看能申请哪些救助；想找工作人员，回复「转人工」。`;
}

/** The kind abstention for a question the documents cannot answer; `referTo` names the department that handles it. */
export function abstain(reason: Exclude<Answerability, 'answerable'>, referTo?: string): PolicyAnswer {
  // 'out-of-scope' and 'low-coverage' read the same to a resident unless the department that handles it is known.
  // A question about another department's service is referred to it, whichever check declined it first.
  return declined(referTo !== undefined ? referralText(referTo) : reason === 'no-figure' ? NO_FIGURE_TEXT : ABSTAIN_TEXT);
}

/**
 * What the bot says instead of an answer, with a person offered: an abstention's words, or a request the window
 * declines whatever it names (help to hide income, other people's data) said plainly.
 */
export function declined(text: string): PolicyAnswer {
  return { answerable: false, text, citations: [], suggestedAction: { id: 'request_human', label: '转人工' } };
}

/** The citation line under an answer: 「依据：《标题》（文号）三、工作内容 › （二）规范工作程序 › 1．受理登记」. */
export function citationLine(document: PolicyDocument, section: string): string {
  const reference = document.docNumber ?? [document.issuer, document.date].filter(Boolean).join('，');
  return `依据：《${document.title}》（${reference}）${section}`;
}

/**
 * Answers from the chunk in plain words: a lead naming the place, the best one or two sentences of the
 * passage quoted as written (so no figure can appear that the document does not state), at most one
 * plain explanation from the glossary, then the citation.
 */
export function composeAnswer(input: AnswerInput): PolicyAnswer {
  const { chunk, document, region } = input;
  const quote = selectQuote(input);
  const lines = [`${lead(document, region)}${quote}`];
  const notes = [explanation(quote, input.glossary, input.concepts), regionNote(document, region)].filter((s) => s !== '');
  if (notes.length > 0) lines.push(notes.join(''));
  lines.push(citationLine(document, chunk.section));
  const citation: Citation = { documentId: document.id, title: document.title, section: chunk.section };
  if (document.docNumber !== undefined) citation.docNumber = document.docNumber;
  return { answerable: true, text: lines.join('\n'), citations: [citation], region: document.region };
}

interface Candidate {
  text: string;
  start: number;
  end: number;
  score: number;
}

function selectQuote({ chunk, concepts, weights }: AnswerInput): string {
  const text = joinHeading(stripMarker(chunk.text));
  if (text.length <= QUOTE_WHOLE_CHUNK_CHARS) return tidy(text.replace(/\n+/g, ''));

  const scored = candidates(text).map((c) => {
    const passage = { text: normalizeText(c.text), words: new Set<string>() };
    let score = 0;
    concepts.forEach((concept, i) => {
      // Candidates are short, so a one-character form may match as a substring here.
      const present = conceptPresent(concept, passage) || concept.forms.some((f) => f.length === 1 && passage.text.includes(f));
      if (present) score += weights[i] ?? 0;
    });
    // A bare heading (「2．转办转介。」) repeats the citation; it is never quoted on its own.
    return { ...c, score: isHeadingOnly(c.text) ? 0 : score };
  });
  // Best first; among equals the earlier, then the shorter one.
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.start - b.start || a.end - b.end);
  const best = ranked[0];
  if (!best) return tidy(text.slice(0, MAX_QUOTE_CHARS));
  const chosen = [best];
  for (const next of ranked.slice(1)) {
    if (next.score <= 0 || next.score < best.score * 0.5) break;
    if (next.start < best.end && best.start < next.end) continue;
    if (best.text.length + next.text.length > MAX_QUOTE_CHARS) continue;
    chosen.push(next);
    break;
  }
  // Neighbouring pieces of one sentence are quoted as the original stretch of text.
  const pieces: { start: number; end: number }[] = [];
  for (const c of chosen.sort((a, b) => a.start - b.start)) {
    const last = pieces[pieces.length - 1];
    if (last && c.start - last.end <= 1 && !/[。！？!?\n]/u.test(text.slice(last.end, c.start + 1))) last.end = Math.max(last.end, c.end);
    else pieces.push({ start: c.start, end: c.end });
  }
  return pieces.map((p) => tidy(stripMarker(text.slice(p.start, p.end)))).join('');
}

// Quotable pieces of a chunk: its sentences; a long sentence gives its clauses (at ；), and a long
// clause gives runs of comma-separated parts, so a resident gets the line that answers, not a paragraph.
function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let cursor = 0;
  const locate = (piece: string): number => {
    const at = text.indexOf(piece, cursor);
    return at === -1 ? cursor : at;
  };
  for (const sentence of splitSentences(text)) {
    const sentenceStart = locate(sentence);
    if (sentence.length <= LONG_SENTENCE_CHARS) {
      out.push({ text: sentence, start: sentenceStart, end: sentenceStart + sentence.length, score: 0 });
      cursor = sentenceStart + sentence.length;
      continue;
    }
    for (const clause of splitClauses(sentence)) {
      const clauseStart = locate(clause);
      if (clause.length <= LONG_SENTENCE_CHARS) out.push({ text: clause, start: clauseStart, end: clauseStart + clause.length, score: 0 });
      else out.push(...commaWindows(clause, clauseStart));
      cursor = clauseStart + clause.length;
    }
  }
  return out;
}

// A part ending in 「的，」 or 「：」, or opening with 「对 / 对于」 (「对通过虚报…骗取社会救助待遇的相关
// 人员，」), is a condition or topic: a window may neither end on it (the rule would be cut off) nor
// start right after it.
const OPENS_CLAUSE = /(?:的[，,]|[：:])$|^(?:对于?|凡)[^，,]*[，,]$/u;

function commaWindows(clause: string, offset: number): Candidate[] {
  const parts = splitClauses(clause, true);
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    at = clause.indexOf(part, at);
    starts.push(at);
    at += part.length;
  }
  const out: Candidate[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && OPENS_CLAUSE.test(parts[i - 1]!)) continue;
    for (let j = i; j < parts.length; j++) {
      const start = starts[i]!;
      const end = starts[j]! + parts[j]!.length;
      if (OPENS_CLAUSE.test(parts[j]!) && j < parts.length - 1) continue;
      out.push({ text: clause.slice(start, end), start: offset + start, end: offset + end, score: 0 });
      if (end - start > LONG_SENTENCE_CHARS) break;
    }
  }
  return out;
}

function isHeadingOnly(sentence: string): boolean {
  return LEADING_MARKER.test(sentence) && sentence.length <= 24 && !/[，,；;]/.test(sentence);
}

function stripMarker(text: string): string {
  return text.replace(LEADING_MARKER, '');
}

// 「人力资源和社会保障部门。主要负责就业救助」 reads better as one sentence.
function joinHeading(text: string): string {
  return text.replace(/^([^。，；]{1,24})。(?=主要负责|负责)/u, '$1');
}

// A quoted clause ends in 。 even when it was cut at ；or ，.
function tidy(sentence: string): string {
  const trimmed = sentence.trim().replace(/[；;，,、：:]$/u, '');
  return /[。！？!?][”’」』）)]*$/u.test(trimmed) ? trimmed : `${trimmed}。`;
}

function lead(document: PolicyDocument, region: RegionContext): string {
  switch (region.relation) {
    case 'same':
    case 'covers':
      return `按${document.region}的规定：`;
    case 'within':
    case undefined:
      return `${document.region}的文件是这样规定的：`;
    case 'elsewhere':
      return region.placeCovered === true
        ? `${region.place?.name ?? '您那里'}的文件没有讲到这一点，${document.region}的规定是：`
        : `我这里没有${region.place?.name ?? '您那里'}的文件，${document.region}的规定是：`;
  }
}

function regionNote(document: PolicyDocument, region: RegionContext): string {
  switch (region.relation) {
    case 'same':
    case 'covers':
      return '';
    case 'within':
      return `这是${document.region}的做法，${region.place?.name ?? '其他地方'}其他地方可能不同。`;
    case undefined:
      return `这是${document.region}的规定，各地做法可能不同，以当地为准。`;
    case 'elsewhere':
      return `仅供参考，请以${region.place?.name ?? '当地'}的规定为准。`;
  }
}

// Explains the document's word for what the resident asked in their own words (「没带齐」 →
// 「一次性告知」, 「低保」 → 「最低生活保障」), and nothing else, so the answer stays short.
function explanation(quote: string, glossary: Glossary, concepts: readonly Concept[]): string {
  const translated = new Set(concepts.flatMap((c) => c.forms.filter((f) => f !== c.text)));
  let best: { at: number; text: string } | undefined;
  for (const [term, plain] of Object.entries(glossary)) {
    // An explanation never brings a figure into the answer.
    if (/\d/.test(plain) || !translated.has(term)) continue;
    const at = quote.indexOf(term);
    if (at !== -1 && (!best || at < best.at)) best = { at, text: plain };
  }
  return best?.text ?? '';
}
