import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AuthService } from './auth-service.js';

/** Where the generated first password is kept until the admin changes it. */
export function firstAdminPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'first-admin-password.txt');
}

/** A password a person can type from the file: 4 groups of 4 letters and digits, no look-alikes (0/O, 1/l). */
function readablePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length] ?? 'a');
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the first start did about the console's first account. */
export type FirstRunAdmin =
  { kind: 'existing' } | { kind: 'from_environment' } | { kind: 'generated'; username: string; file: string };

/**
 * Makes the console usable on a first start without any setting: when no staff account exists and
 * ADMIN_PASSWORD is not set, the first admin is created with a generated password, written to a file
 * that only this user can read (never to the log), to be changed at the first login.
 */
export async function ensureFirstRunAdmin(
  auth: Pick<AuthService, 'ensureFirstAdmin'>,
  options: { username: string; password: string | undefined; dataDir: string },
): Promise<FirstRunAdmin> {
  // One call decides: the environment's password, else one generated only if no account exists yet.
  let password: string | undefined;
  const outcome = await auth.ensureFirstAdmin(options.username, options.password, () => {
    password = readablePassword();
    return password;
  });
  if (outcome !== 'created') return { kind: 'existing' };
  if (password === undefined) return { kind: 'from_environment' };
  await mkdir(options.dataDir, { recursive: true });
  const file = firstAdminPasswordFile(options.dataDir);
  await writeFile(
    file,
    `${password}\n\n这是控制台第一个管理员（${options.username}）的初始密码。登录后请马上修改密码，修改后本文件会自动删除。\n`,
    { mode: 0o600 },
  );
  return { kind: 'generated', username: options.username, file };
}

/** Deletes the generated password's file once the admin has chosen a password of their own. */
export async function forgetFirstAdminPassword(dataDir: string): Promise<void> {
  await rm(firstAdminPasswordFile(dataDir), { force: true });
}
