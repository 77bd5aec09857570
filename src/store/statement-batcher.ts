/** How a statement batcher runs its batches. */
export interface BatcherOptions<Item, Outcome> {
  /** Runs one batch as one statement; returns one outcome per item, in the items' order. */
  run: (items: readonly Item[]) => Promise<Outcome[]>;
  /** The most items in one batch (default 100). */
  maxBatch?: number;
}

interface Waiting<Item, Outcome> {
  item: Item;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for one hot statement: one batch runs at a time, and a call made while it runs waits and goes
 * out with the others that arrived meanwhile, so under load many turns share one statement (one parse-free
 * execution, one transaction, one WAL flush, one socket write) while an idle server sends each call within one
 * turn of the event loop. When a batch of several fails, each of its items is run alone, so one item's error (a
 * reused message id, a deadlock) reaches only its own caller.
 */
export function createStatementBatcher<Item, Outcome>(
  options: BatcherOptions<Item, Outcome>,
): (item: Item) => Promise<Outcome> {
  const maxBatch = options.maxBatch ?? 100;
  const waiting: Waiting<Item, Outcome>[] = [];
  let running = false;
  let scheduled = false;

  async function runBatch(batch: Waiting<Item, Outcome>[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await options.run(batch.map((entry) => entry.item));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else await Promise.all(batch.map((entry) => runBatch([entry])));
      return;
    }
    if (outcomes.length !== batch.length) {
      const error = new Error(`a batch of ${batch.length} returned ${outcomes.length} outcomes`);
      for (const entry of batch) entry.reject(error);
      return;
    }
    batch.forEach((entry, index) => entry.resolve(outcomes[index] as Outcome));
  }

  function pump(): void {
    if (running || waiting.length === 0) return;
    running = true;
    void runBatch(waiting.splice(0, maxBatch)).finally(() => {
      running = false;
      pump();
    });
  }

  // Sent at the end of this turn of the event loop, not at once: the calls made by the other messages handled
  // in the same turn join it. On PGlite, whose statements run on this thread, no call can arrive while a
  // batch runs, so this is where its batches form.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
    });
  }

  return (item) =>
    new Promise<Outcome>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      schedule();
    });
}
