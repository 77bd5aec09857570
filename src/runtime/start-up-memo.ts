import { readModelFile, writeModelFile } from '../nlu/model-cache-files.js';

/**
 * Memos of pure work a start repeats every time (parsing the content's YAML, reading Chinese characters as pinyin),
 * kept on disk beside the learned models between starts. A start opens them before it loads the content and closes
 * them once it is ready: in between, a result found in the memo is read back instead of computed; after, nothing
 * is held in memory and every call computes as before. A key names its input exactly (and each memo the release of
 * the library that computes it), so a changed input is only a miss. Values are kept as JSON text, so each read
 * returns a fresh copy a caller may change.
 */

/** A memo of one kind of start-up work. */
export interface StartUpMemo {
  /** The remembered value of `key`, else `compute()` remembered when `keep` accepts it (JSON must carry it exactly). */
  recall<T>(key: string, compute: () => T, keep?: (value: T, json: string) => boolean): T;
}

interface OpenMemo {
  dir: string;
  /** Values of earlier processes, as JSON text, by key. */
  stored: Map<string, string>;
  /** What this process read or computed, which the next save keeps first. */
  used: Map<string, string>;
  changed: boolean;
}

interface Registered {
  name: string;
  format: string;
  maxEntries: number;
  open?: OpenMemo;
}

const memos: Registered[] = [];

/**
 * A memo kept in `<dir>/start-up-<name>-memo.json`; `format` names the layout and the release of what computes the
 * values (a file of another format is ignored), `maxEntries` bounds what is kept of earlier processes.
 */
export function createStartUpMemo(options: {
  name: string;
  format: string;
  maxEntries: number;
}): StartUpMemo {
  const memo: Registered = { ...options };
  memos.push(memo);
  return {
    recall<T>(key: string, compute: () => T, keep: (value: T, json: string) => boolean = () => true): T {
      const open = memo.open;
      if (!open) return compute();
      const known = open.stored.get(key) ?? open.used.get(key);
      if (known !== undefined) {
        open.used.set(key, known);
        return JSON.parse(known) as T;
      }
      const value = compute();
      const json = JSON.stringify(value) as string | undefined;
      if (json !== undefined && keep(value, json)) {
        open.used.set(key, json);
        open.changed = true;
      }
      return value;
    },
  };
}

/** Opens every memo from `dir` for the work of a start that follows. */
export async function openStartUpMemos(dir: string): Promise<void> {
  await Promise.all(
    memos.map(async (memo) => {
      const stored = new Map<string, string>();
      const bytes = await readModelFile(dir, files(memo), 'memo');
      if (bytes) {
        try {
          const file = JSON.parse(bytes.toString('utf8')) as { format?: unknown; entries?: unknown };
          if (file.format === memo.format && file.entries && typeof file.entries === 'object')
            for (const [key, value] of Object.entries(file.entries as Record<string, unknown>))
              stored.set(key, JSON.stringify(value));
        } catch {
          // A damaged file is a memo that missed: everything is computed again and the file rewritten.
        }
      }
      memo.open = { dir, stored, used: new Map(), changed: false };
    }),
  );
}

/**
 * Closes every open memo: one that learned anything is written back (what this process used first, then the older
 * entries up to its bound); a folder that cannot be written is left as it is.
 */
export async function closeStartUpMemos(): Promise<void> {
  await Promise.all(
    memos.map(async (memo) => {
      const open = memo.open;
      memo.open = undefined;
      if (!open?.changed) return;
      const entries = new Map(open.used);
      for (const [key, json] of open.stored)
        if (entries.size < memo.maxEntries && !entries.has(key)) entries.set(key, json);
      const body = [...entries].map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',');
      const text = `{"format":${JSON.stringify(memo.format)},"entries":{${body}}}`;
      await writeModelFile(open.dir, files(memo), 'memo', Buffer.from(text, 'utf8'));
    }),
  );
}

function files(memo: Registered): { prefix: string; suffix: string } {
  return { prefix: `start-up-${memo.name}-`, suffix: '.json' };
}
