import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process.js';

const run = promisify(execFile);

/** A PostgreSQL cluster of the test's own, on a free loopback port, that the test may stop and start. */
export interface PrivatePostgres {
  /** URL of the cluster's `postgres` database, trust auth. */
  readonly url: string;
  readonly port: number;
  /** `pg_ctl restart -m fast`: every session is cut, as in a server restart. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the cluster and removes its directory. */
  destroy(): Promise<void>;
}

/** Why a private cluster cannot run here, or undefined when it can. */
export async function privatePostgresUnavailable(): Promise<string | undefined> {
  if ((await binDir()) === undefined) return 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin';
  if (process.getuid?.() === 0 && (await uidOf('postgres')) === undefined)
    return 'running as root and there is no postgres user to run initdb as';
  return undefined;
}

async function binDir(): Promise<string | undefined> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  return newest === undefined ? undefined : path.join(root, newest, 'bin');
}

async function uidOf(user: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}

/** Starts a throw-away cluster (initdb into a temp dir); as root, its programs run as the postgres user. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = await binDir();
  if (bin === undefined) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yimen-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const owner = await uidOf('postgres');
    if (!owner) throw new Error('running as root and there is no postgres user to run initdb as');
    await chown(dir, owner.uid, owner.gid);
  }
  // initdb and postgres refuse to run as root, so as root they run as postgres (runuser needs no password).
  const pg = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args], { timeout: 60_000 })
      : run(path.join(bin, program), args, { timeout: 60_000 });
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const log = path.join(dir, 'server.log');
  const ctl = (...args: string[]) =>
    pg('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '30', ...args]);
  await ctl('start');
  let running = true;
  const stop = async (): Promise<void> => {
    if (!running) return;
    running = false;
    await ctl('-m', 'fast', 'stop');
  };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      await ctl('-m', 'fast', 'restart');
    },
    stop,
    async destroy() {
      await stop().catch(() => pg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
