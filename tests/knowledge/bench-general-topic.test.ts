import { describe, expect, it } from 'vitest';
import { generalTopicTypes } from '../../bench/kb/general-topic.js';

// Sets BL and BM label questions with the forms' codes; `general` (其他救助) stands for the types without a form.
describe('generalTopicTypes', () => {
  it('reads `general` as every card type that has no form of its own', () => {
    expect(generalTopicTypes(['minimum_living', 'legal_aid', 'red_cross'], ['minimum_living', 'general'])).toEqual([
      'legal_aid',
      'red_cross',
    ]);
  });

  it('on the repository, names the neighbouring programmes and none with a form', () => {
    const types = generalTopicTypes();
    expect(types).toEqual(expect.arrayContaining(['legal_aid', 'worker_hardship', 'family_planning', 'vagrant']));
    expect(types).not.toContain('minimum_living');
    expect(types).not.toContain('general');
  });
});
