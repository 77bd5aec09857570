import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createDataCipher,
  dataKeyFromBase64,
  generateDataKey,
  type DataCipher,
  type DataKey,
} from './data-cipher.js';

/** The file a first run writes its generated data key to, inside DATA_DIR. */
export const DATA_KEY_FILE = 'data-key';

/** Where the data key came from, for the start-up banner. */
export type DataKeyOrigin =
  | { kind: 'env' }
  | { kind: 'file'; file: string }
  | { kind: 'generated'; file: string }
  | { kind: 'ephemeral' };

/** The cipher for this instance and where its key came from. */
export interface ResolvedDataKeys {
  cipher: DataCipher;
  origin: DataKeyOrigin;
}

/** Settings that choose the data key. */
export interface DataKeySettings {
  /** DATA_KEY: base64 of 32 bytes; new values are sealed with it. */
  dataKey?: string | undefined;
  /** DATA_KEYS: older keys (base64, comma-separated) kept for reading after a rotation. */
  dataKeys?: string | undefined;
  /** DATA_DIR: where a first run keeps its generated key when DATA_KEY is unset. */
  dataDir?: string | undefined;
}

function olderKeys(list: string | undefined): DataKey[] {
  if (!list) return [];
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part, i) => dataKeyFromBase64(part, `DATA_KEYS (entry ${i + 1})`));
}

async function readKeyFile(file: string): Promise<DataKey | undefined> {
  try {
    return dataKeyFromBase64(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * DATA_KEY when set; else the key a first run generated into DATA_DIR/data-key (created now, mode 0600, so
 * `npm start` works with no settings); with neither a key nor a folder (tests, in-memory databases) a key
 * that lives as long as the process.
 */
export async function resolveDataKeys(settings: DataKeySettings): Promise<ResolvedDataKeys> {
  const older = olderKeys(settings.dataKeys);
  if (settings.dataKey)
    return {
      cipher: createDataCipher(dataKeyFromBase64(settings.dataKey, 'DATA_KEY'), older),
      origin: { kind: 'env' },
    };
  if (settings.dataDir === undefined)
    return { cipher: createDataCipher(generateDataKey(), older), origin: { kind: 'ephemeral' } };
  const file = path.resolve(settings.dataDir, DATA_KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return { cipher: createDataCipher(existing, older), origin: { kind: 'file', file } };
  const fresh = generateDataKey();
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole to a file of its own, then linked into place: the key file appears with its contents or
  // not at all, so an instance starting beside this one never reads it half written (a bare 'wx' create
  // left an empty file for a moment). link() refuses an existing name: the loser reads the winner's key.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, `${fresh.key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readKeyFile(file);
    if (!winner) throw error;
    return { cipher: createDataCipher(winner, older), origin: { kind: 'file', file } };
  } finally {
    await rm(draft, { force: true });
  }
  await chmod(file, 0o600);
  return { cipher: createDataCipher(fresh, older), origin: { kind: 'generated', file } };
}
