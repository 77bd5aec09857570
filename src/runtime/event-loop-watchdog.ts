/** Where the watchdog reports; pino's logger fits. */
export interface WatchdogLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** Settings of the event-loop watchdog. */
export interface EventLoopWatchdogOptions {
  /** A probe later than this, in milliseconds, means the loop was blocked: the instance is degraded. */
  thresholdMs: number;
  /** How long the loop must run on time again before the instance is healthy again (default 5 s). */
  recoverAfterMs?: number;
  /** How often the probe runs (default a quarter of the threshold, at most 250 ms). */
  intervalMs?: number;
  logger: WatchdogLogger;
}

/** Watches the event loop; /healthz asks it whether the instance is degraded. */
export interface EventLoopWatchdog {
  /** True from a lag over the threshold until the loop has run on time for `recoverAfterMs`. */
  degraded(): boolean;
  /** The largest lag seen since the last recovery, in milliseconds. */
  worstLagMs(): number;
  stop(): void;
}

const ADVICE =
  'A request or a turn kept the CPU for too long, and every resident waited. /healthz answers 503 ' +
  'until the loop runs on time again, so a load balancer takes this instance out. If it repeats, look at ' +
  'the requests logged just before this line and at a CPU profile (node --cpu-prof), and report the input ' +
  'that caused it: no message should take more than a few milliseconds.';

/**
 * Starts a timer-lag probe: a timer that should fire every `intervalMs` and measures how late it fires.
 * A blocked loop cannot run the probe either, so the lag is seen on the first tick after the block; the
 * probe then keeps /healthz at 503 until the loop has run on time for a while, and recovers by itself.
 * The timer is unref'd, so it never keeps the process alive.
 */
export function startEventLoopWatchdog(options: EventLoopWatchdogOptions): EventLoopWatchdog {
  const { thresholdMs, logger } = options;
  const recoverAfterMs = options.recoverAfterMs ?? 5000;
  const intervalMs = options.intervalMs ?? Math.max(10, Math.min(250, Math.floor(thresholdMs / 4)));
  let expected = performance.now() + intervalMs;
  let lastLagAt: number | undefined;
  let worst = 0;

  const timer = setInterval(() => {
    const now = performance.now();
    const lag = Math.max(0, now - expected);
    expected = now + intervalMs;
    if (lag > thresholdMs) {
      if (lastLagAt === undefined)
        logger.warn({ lagMs: Math.round(lag), thresholdMs }, `event loop blocked. ${ADVICE}`);
      lastLagAt = now;
      worst = Math.max(worst, lag);
    } else if (lastLagAt !== undefined && now - lastLagAt >= recoverAfterMs) {
      logger.info(
        { worstLagMs: Math.round(worst), recoverAfterMs },
        'event loop on time again; /healthz answers 200',
      );
      lastLagAt = undefined;
      worst = 0;
    }
  }, intervalMs);
  timer.unref();

  return {
    degraded: () => lastLagAt !== undefined,
    worstLagMs: () => worst,
    stop: () => clearInterval(timer),
  };
}
