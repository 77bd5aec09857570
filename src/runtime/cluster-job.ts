/** A periodic job that runs on one instance of the cluster per period. */
export interface ClusterJob {
  /** Stops the timer and waits for a run in flight, before the database closes. */
  stop(): Promise<void>;
}

/** What a cluster job is built from. */
export interface ClusterJobOptions {
  name: string;
  intervalMs: number;
  /** Asks the cluster whether this instance runs this period (see claimScheduledRun). */
  claim: () => Promise<boolean>;
  run: () => Promise<void>;
  logger: { error(obj: object, msg: string): void };
}

/**
 * Starts a job on a timer that never keeps the process alive. Every instance ticks; only the one that wins
 * the claim runs, and never two runs of it overlap in this process (a slow database must not pile them up).
 */
export function startClusterJob(options: ClusterJobOptions): ClusterJob {
  let running: Promise<void> | undefined;
  const tick = (): void => {
    if (running) return;
    running = (async () => {
      if (await options.claim()) await options.run();
    })()
      .catch((error: unknown) =>
        options.logger.error(
          {
            job: options.name,
            err: error instanceof Error ? { name: error.name, message: error.message } : error,
          },
          'scheduled job failed; it runs again next period',
        ),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
