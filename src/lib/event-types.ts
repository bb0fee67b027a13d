/** Whether an event type is one a subscription asks for: an exact name, or a prefix ending in `*` (`record:*`, `*`). */
export function matchesEventType(patterns: readonly string[], type: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? type.startsWith(p.slice(0, -1)) : p === type));
}

const EVENT_TYPE = /^[a-z0-9_.:-]+\*?$|^\*$/i;

/** The patterns of a subscription that are not well formed (a `*` anywhere but at the end, spaces…). */
export function badEventTypes(patterns: readonly string[]): string[] {
  return patterns.filter((p) => p.length > 128 || !EVENT_TYPE.test(p));
}
