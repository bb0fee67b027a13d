let lastMs = Number.NaN;
let lastIso = '';

/** The current time as ISO 8601; formatted once per millisecond (log rows, many per millisecond). */
export function nowIso(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
