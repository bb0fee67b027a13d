/** Runs `tick` every `everyMs`, never two at once (a slow tick makes the next ones skip); errors are the tick's to report. */
export interface Ticker {
  /** No further ticks; resolves once the running one, if any, is done. */
  stop(): Promise<void>;
}

export function startTicker(tick: () => Promise<void>, everyMs: number): Ticker {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch(() => {})
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
