import { describe, expect, it } from 'vitest';
import { createStatementBatcher } from '../../src/store/statement-batcher.js';

/** A statement that records each batch it is given and answers when released. */
function recordingStatement(fail?: (item: number) => boolean) {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const run = async (items: readonly number[]): Promise<string[]> => {
    batches.push([...items]);
    await new Promise<void>((resolve) => releases.push(resolve));
    if (fail && items.some(fail)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((item) => `done ${item}`);
  };
  const releaseAll = async (): Promise<void> => {
    for (let round = 0; round < 10; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.splice(0).forEach((release) => release());
    }
  };
  return { run, batches, releaseAll };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('statement batcher', () => {
  it('sends a lone call within the same turn of the event loop when nothing is running', async () => {
    const statement = recordingStatement();
    const call = createStatementBatcher({ run: statement.run });
    const outcome = call(1);
    await tick();
    expect(statement.batches).toEqual([[1]]);
    await statement.releaseAll();
    expect(await outcome).toBe('done 1');
  });

  it('sends the calls made in one turn of the event loop together', async () => {
    const statement = recordingStatement();
    const call = createStatementBatcher({ run: statement.run });
    const outcomes = [1, 2, 3].map((item) => call(item));
    await statement.releaseAll();
    expect(await Promise.all(outcomes)).toEqual(['done 1', 'done 2', 'done 3']);
    expect(statement.batches).toEqual([[1, 2, 3]]);
  });

  it('gathers the calls made while a batch runs into the next one, each answered with its own outcome', async () => {
    const statement = recordingStatement();
    const call = createStatementBatcher({ run: statement.run });
    const first = call(1);
    await tick();
    const outcomes = [first, ...[2, 3, 4].map((item) => call(item))];
    await tick();
    expect(statement.batches).toEqual([[1]]);
    await statement.releaseAll();
    expect(await Promise.all(outcomes)).toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(statement.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never puts more than maxBatch items in one batch', async () => {
    const statement = recordingStatement();
    const call = createStatementBatcher({ run: statement.run, maxBatch: 2 });
    const outcomes = [1, 2, 3, 4, 5].map((item) => call(item));
    await statement.releaseAll();
    await Promise.all(outcomes);
    expect(statement.batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('runs each item of a failed batch alone, so the error reaches only the caller whose item caused it', async () => {
    const statement = recordingStatement((item) => item === 3);
    const call = createStatementBatcher({ run: statement.run });
    const outcomes = [1, 2, 3, 4].map((item) => call(item).catch((error: Error) => error.message));
    await statement.releaseAll();
    expect(await Promise.all(outcomes)).toEqual(['done 1', 'done 2', 'bad item in 3', 'done 4']);
    expect(statement.batches).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });

  it('fails every caller of a batch that answers with the wrong number of outcomes, and keeps serving', async () => {
    let broken = true;
    const call = createStatementBatcher({
      run: (items: readonly number[]) => Promise.resolve(broken ? [] : items.map((item) => item * 2)),
    });
    await expect(call(1)).rejects.toThrow(/returned 0 outcomes/);
    broken = false;
    expect(await call(2)).toBe(4);
  });
});
