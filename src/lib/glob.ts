/** Turns a `*` glob into a LIKE pattern escaped with `\`; matching is case-insensitive (callers lower-case). */
export function globToLike(glob: string): string {
  let out = '';
  for (const ch of glob.toLowerCase()) {
    if (ch === '*') out += '%';
    else if (ch === '%' || ch === '_' || ch === '\\') out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
