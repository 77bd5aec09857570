import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { bearerToken } from '../../net/bearer-token.js';
import { isLocalRequest } from '../../net/loopback.js';

/** One integration allowed to use the REST channel: its name scopes the userIds it may address. */
export interface RestClient {
  readonly name: string;
  readonly keyHash: Buffer;
}

/** The REST channel's integrations, or none (then only this machine may use it). */
export type RestAccess = { kind: 'keys'; clients: readonly RestClient[] } | { kind: 'loopback_only' };

const CLIENT_NAME = /^[A-Za-z0-9_-]{1,32}$/;
const MIN_KEY_CHARS = 16;

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** What is wrong with REST_API_KEYS (`name=key,name=key`), and the clients it names when nothing is. */
function readKeys(raw: string): { clients: RestClient[]; problems: string[] } {
  const clients: RestClient[] = [];
  const problems: string[] = [];
  raw.split(',').forEach((entry, index) => {
    const at = entry.indexOf('=');
    const name = (at < 0 ? entry : entry.slice(0, at)).trim();
    const key = at < 0 ? '' : entry.slice(at + 1).trim();
    const label = CLIENT_NAME.test(name) ? `client "${name}"` : `entry ${index + 1}`;
    if (!CLIENT_NAME.test(name)) problems.push(`${label}: the name must be 1-32 letters, digits, "-" or "_"`);
    else if (clients.some((c) => c.name === name)) problems.push(`${label}: named twice`);
    if (key.length < MIN_KEY_CHARS)
      problems.push(
        `${label}: the key must be at least ${MIN_KEY_CHARS} characters (e.g. openssl rand -hex 24)`,
      );
    if (/\s/.test(key)) problems.push(`${label}: the key must not contain spaces`);
    if (problems.length === 0) clients.push({ name, keyHash: digest(key) });
  });
  return { clients, problems };
}

/**
 * Problems with REST_API_KEYS, for the config check at boot. They name the client and the rule and
 * never quote a key: a config error reaches the terminal and the logs.
 */
export function restApiKeyProblems(raw: string | undefined): string[] {
  return raw === undefined || raw.trim() === '' ? [] : readKeys(raw).problems;
}

/** Reads REST_API_KEYS (checked at boot by restApiKeyProblems); unset means loopback only. */
export function restAccessFrom(raw: string | undefined): RestAccess {
  if (raw === undefined || raw.trim() === '') return { kind: 'loopback_only' };
  const { clients, problems } = readKeys(raw);
  if (problems.length > 0) throw new Error(`REST_API_KEYS: ${problems.join('; ')}`);
  return { kind: 'keys', clients };
}

/** The client whose key this is, compared in constant time; undefined for any other string. */
export function clientOfKey(access: RestAccess, key: string | undefined): RestClient | undefined {
  if (access.kind !== 'keys' || key === undefined) return undefined;
  const presented = digest(key);
  let found: RestClient | undefined;
  // Every key is compared, so the time taken says nothing about which one nearly matched.
  for (const client of access.clients) if (timingSafeEqual(client.keyHash, presented)) found = client;
  return found;
}

/** The userId stored for an integration's resident: the client's name first, so two clients never share one. */
export function scopedUserId(client: RestClient | undefined, userId: string): string {
  return client === undefined ? userId : `${client.name}:${userId}`;
}

/** The line logged at start about who may use the REST channel (names only, never keys). */
export function restAccessStartupLine(access: RestAccess): string {
  return access.kind === 'keys'
    ? `REST channel: integration keys required (clients: ${access.clients.map((c) => c.name).join(', ')})`
    : 'REST channel: no REST_API_KEYS set, answering clients on this machine (loopback) only';
}

/**
 * The integration a request comes from: with REST_API_KEYS, the client whose bearer key it carries (401
 * otherwise); without, none, and only a request from this machine is let in (403 otherwise).
 */
export function integrationOf(access: RestAccess, request: FastifyRequest): RestClient | undefined {
  if (access.kind === 'loopback_only') {
    if (isLocalRequest(request)) return undefined;
    throw new AppError(
      'forbidden',
      '这个接口只对已登记的对接系统开放。请联系管理员配置接口密钥（REST_API_KEYS）。',
    );
  }
  const client = clientOfKey(access, bearerToken(request.headers.authorization));
  if (client === undefined)
    throw new AppError(
      'unauthorized',
      '缺少或无效的接口密钥，请在 Authorization 头里用 Bearer 方式带上密钥。',
    );
  return client;
}

/** A preHandler that lets in only integrations (see integrationOf). */
export function requireIntegration(access: RestAccess) {
  return function requireIntegrationHandler(request: FastifyRequest): Promise<void> {
    integrationOf(access, request);
    return Promise.resolve();
  };
}
