import { describe, expect, it } from 'vitest';
import { programmeAppliedFor } from '../../src/knowledge/applied-for.js';

// Round 36: a question that names two programmes, one of them who the writer is (单亲妈妈) and one asked for.
describe('programmeAppliedFor', () => {
  it('is the one named right after a verb of applying', () => {
    expect(programmeAppliedFor('单亲妈妈能申请低保吗', ['women_children', 'minimum_living'])).toBe(
      'minimum_living',
    );
    expect(programmeAppliedFor('已经吃低保了 还能申请临时救助吗', ['minimum_living', 'temporary'])).toBe(
      'temporary',
    );
    expect(
      programmeAppliedFor('低保和临时救助能一起申请吗', ['minimum_living', 'temporary']),
    ).toBeUndefined();
  });

  it('is nothing when one programme or none is named', () => {
    expect(programmeAppliedFor('低保怎么申请', ['minimum_living'])).toBeUndefined();
    expect(programmeAppliedFor('你好', [])).toBeUndefined();
  });
});
