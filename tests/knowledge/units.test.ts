import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/knowledge/bm25.js';
import { buildGazetteer, relateRegion, shortName } from '../../src/knowledge/region.js';
import { splitSentences, splitToSize } from '../../src/text/sentences.js';

describe('BM25', () => {
  it('ranks the passage with the rarer matching term first and ignores unknown terms', () => {
    const index = new Bm25Index([['低保', '救助'], ['救助', '救助'], ['医疗', '救助']]);
    const scores = new Float64Array(3);
    index.scoreInto(new Map([['低保', 1], ['救助', 1], ['未知', 1]]), scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[0]).toBeGreaterThan(scores[2]!);
    expect(index.documentFrequency('救助')).toBe(3);
  });
});

describe('regions', () => {
  const gazetteer = buildGazetteer([['江苏省', '无锡市', '江阴市'], ['山东省', '济宁市', '泗水县'], ['山东省']]);

  it('finds full and short place names, the longest first', () => {
    expect(shortName('江阴市')).toBe('江阴');
    expect(shortName('内蒙古自治区')).toBe('内蒙古');
    const found = gazetteer.find('江阴和泗水县还有北京');
    expect(found.map((p) => p.name)).toEqual(['江阴市', '泗水县', '北京市']);
    expect(found[0]?.path).toEqual(['江苏省', '无锡市', '江阴市']);
  });

  it('relates a document region to a place: same, covering, within, elsewhere', () => {
    expect(relateRegion(['山东省', '济宁市', '泗水县'], ['山东省', '济宁市', '泗水县'])).toBe('same');
    expect(relateRegion(['山东省'], ['山东省', '济宁市', '泗水县'])).toBe('covers');
    expect(relateRegion(['江苏省', '无锡市', '江阴市'], ['江苏省'])).toBe('within');
    expect(relateRegion(['江苏省'], ['山东省'])).toBe('elsewhere');
  });
});

describe('sentences', () => {
  it('splits at sentence ends and cuts long text into even pieces at clause ends', () => {
    expect(splitSentences('受理。转办；反馈！\n公示')).toEqual(['受理。', '转办；反馈！', '公示']);
    const long = `${'甲'.repeat(50)}，${'乙'.repeat(50)}，${'丙'.repeat(50)}。`;
    const pieces = splitToSize(long, 100);
    expect(pieces.join('')).toBe(long);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(100);
  });
});
