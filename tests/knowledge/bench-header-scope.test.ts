import { describe, expect, it } from 'vitest';
import { headerScope } from '../../bench/kb/header-scope.js';

// The benefit-question bench widens process topics only as far as a question file's own header says.
describe('headerScope', () => {
  it('reads the phrases listed in parentheses after a topic, across wrapped comment lines', () => {
    const text = [
      '# Test set for the scorer.',
      '# topics: process_accept (where to apply, hotlines,',
      '# green channel) and process_feedback (results, complaints); nothing else.',
      '- id: t1',
      '# process_accept (transfer) after the header is not read',
    ].join('\n');
    const scope = headerScope(text);
    expect(scope.get('process_accept')).toEqual(['process_hotline', 'process_green_channel']);
    expect(scope.get('process_feedback')).toEqual(['process_complaint']);
  });

  it('widens nothing for a file without such a header', () => {
    expect(headerScope('- { id: x, q: 低保怎么申请, answerable: true }').size).toBe(0);
    expect(headerScope('# process_accept (unclosed, hotlines').size).toBe(0);
  });
});
