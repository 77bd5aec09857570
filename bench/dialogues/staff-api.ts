// The staff API as the benchmarks use it: an admin's token, and a stored case read back by its receipt number.
import type { FastifyInstance } from 'fastify';
import type { StaffCase } from './judge.js';

/** Logs in as staff and returns the bearer token. */
export async function login(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`admin login failed (${res.statusCode}): check ADMIN_USERNAME / ADMIN_PASSWORD`);
  return res.json<{ token: string }>().token;
}

/** The case as staff see it, or undefined when there is none under that number. */
export async function staffCase(
  app: FastifyInstance,
  token: string,
  caseNo: string,
): Promise<StaffCase | undefined> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/cases/${encodeURIComponent(caseNo)}`,
    headers: { authorization: `Bearer ${token}` },
  });
  return res.statusCode === 200 ? res.json<StaffCase>() : undefined;
}
