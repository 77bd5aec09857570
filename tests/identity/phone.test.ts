import { describe, expect, it } from 'vitest';
import { isValidPhone, maskPhone, normalizePhone } from '../../src/identity/phone.js';

describe('mobile numbers', () => {
  it('normalises a phone typed with dashes', () => {
    expect(normalizePhone('138-1234-5678')).toEqual({ ok: true, value: '13812345678' });
  });

  it('normalises spaces, a +86 or 0086 prefix and full-width digits', () => {
    expect(normalizePhone('139 0000 1111')).toEqual({ ok: true, value: '13900001111' });
    expect(normalizePhone('+86 159-6157-0000')).toEqual({ ok: true, value: '15961570000' });
    expect(normalizePhone('0086 18013675290')).toEqual({ ok: true, value: '18013675290' });
    expect(normalizePhone('１８６１２３４５６７８')).toEqual({ ok: true, value: '18612345678' });
  });

  it('refuses landlines, a missing digit and numbers that are not mobile', () => {
    expect(normalizePhone('0510-86001234')).toEqual({ ok: false, reason: 'length' });
    expect(normalizePhone('1381234567')).toEqual({ ok: false, reason: 'length' });
    expect(normalizePhone('12812345678')).toEqual({ ok: false, reason: 'format' });
    expect(isValidPhone('电话13812345678')).toBe(false);
  });

  it('masks a phone so that only the first 3 and last 4 digits show', () => {
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });
});
