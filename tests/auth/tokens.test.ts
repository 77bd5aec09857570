import { describe, expect, it } from 'vitest';
import { bearerToken } from '../../src/net/bearer-token.js';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from '../../src/auth/tokens.js';

describe('bearer tokens', () => {
  it('reads only a Bearer authorization header', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('are 32 random bytes, and only their SHA-256 is stored', () => {
    const token = newSessionToken();
    expect(looksLikeSessionToken(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
