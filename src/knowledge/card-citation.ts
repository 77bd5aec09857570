import type { CardFact, CardSource } from './programme-card.js';
import { isDocumentSource } from './programme-card.js';
import type { PolicyDocument } from './types.js';

/**
 * The references behind some facts of a card, in the order they first appear, one per regulation
 * (its articles joined: 「《社会救助暂行办法》第九条、第十条」) and one per seed document section.
 */
export function cardReferences(
  facts: readonly CardFact[],
  documents: ReadonlyMap<string, PolicyDocument>,
  alreadyCited: ReadonlySet<string> = new Set(),
): string[] {
  const laws = new Map<string, { number?: string; articles: string[] }>();
  const order: string[] = [];
  const sections = new Map<string, string>();
  for (const source of facts.flatMap((f) => f.sources)) {
    if (isDocumentSource(source)) {
      const key = `doc\u0000${source.doc}\u0000${source.section}`;
      // The answer quotes that section itself and cites it on its own line.
      if (alreadyCited.has(sectionKey(source.doc, source.section))) continue;
      if (!sections.has(key)) {
        sections.set(key, documentReference(source, documents.get(source.doc)));
        order.push(key);
      }
      continue;
    }
    const key = `law\u0000${source.law}`;
    let entry = laws.get(key);
    if (!entry) {
      laws.set(key, (entry = { articles: [] }));
      order.push(key);
    }
    if (source.number !== undefined) entry.number = source.number;
    if (source.article !== undefined && !entry.articles.includes(source.article)) entry.articles.push(source.article);
  }
  return order.map((key) => {
    const section = sections.get(key);
    if (section !== undefined) return section;
    const law = laws.get(key)!;
    const name = key.slice(4);
    const number = law.number === undefined ? '' : `（${law.number}）`;
    return `《${name}》${number}${law.articles.join('、')}`;
  });
}

/** The key under which a document section counts as cited already. */
export function sectionKey(documentId: string, section: string): string {
  return `${documentId}\u0000${section}`;
}

/** The citation line under a card answer: 「依据：《社会救助暂行办法》第九条；…」. */
export function cardCitationLine(references: readonly string[]): string {
  return `依据：${references.join('；')}`;
}

function documentReference(source: Extract<CardSource, { doc: string }>, document: PolicyDocument | undefined): string {
  if (!document) return source.section;
  // The place first, so a resident of another county sees at once that it is 江阴's rule.
  const number = document.docNumber === undefined ? '' : `（${document.docNumber}）`;
  return `${document.region}《${document.title}》${number}${source.section}`;
}
