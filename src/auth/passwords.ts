import { randomUUID } from 'node:crypto';
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Argon2id (the package's `Algorithm.Argon2id`; its const enum cannot be read under isolatedModules)
// with OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane. About 20 ms on a small server, which
// makes guessing slow without making a login wait.
const ARGON2ID: Algorithm.Argon2id = 2;
const POLICY = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } satisfies Options;

/** Shortest password the service accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/** Longest password accepted, so a huge body cannot make hashing the slow part of a request. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is not acceptable, in Chinese for the person choosing it; undefined when it is fine. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `密码至少需要${MIN_PASSWORD_LENGTH}个字符。`;
  if ([...password].length > MAX_PASSWORD_LENGTH) return `密码不能超过${MAX_PASSWORD_LENGTH}个字符。`;
  if (password.trim() !== password) return '密码的开头和结尾不能是空格。';
  return undefined;
}

/** Hashes a password with Argon2id and a fresh random salt, as a PHC string (parameters included). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, POLICY);
}

/** True when `password` matches `passwordHash`; a malformed hash counts as no match rather than an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters than today's, so the next login should rehash it. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== POLICY.algorithm ||
      used.memoryCost !== POLICY.memoryCost ||
      used.timeCost !== POLICY.timeCost ||
      used.parallelism !== POLICY.parallelism
    );
  } catch {
    return true;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * A hash of no one's password, made once with today's parameters: checking an unknown username
 * against it takes as long as checking a real one, so timing does not tell which usernames exist.
 */
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomUUID());
  return decoyHash;
}
