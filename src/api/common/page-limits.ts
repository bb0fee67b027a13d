/** How many items a list answers when the request names no size, and the most it may ask for (every surface). */
export const PAGE_LIMITS = { default: 100, max: 1000 } as const;
