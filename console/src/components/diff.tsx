// Side-by-side line diff of two JSON documents (longest common subsequence over lines).
type Row = { left?: string; right?: string; kind: 'same' | 'removed' | 'added' | 'changed' };

export function diffLines(a: string[], b: string[]): Row[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      rows.push({ left: a[i++], right: b[j++], kind: 'same' });
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      rows.push({ right: b[j++], kind: 'added' });
    } else {
      rows.push({ left: a[i++], kind: 'removed' });
    }
  }
  // A removal next to an addition reads better as one changed line.
  const merged: Row[] = [];
  for (const row of rows) {
    const prev = merged[merged.length - 1];
    if (row.kind === 'added' && prev?.kind === 'removed') {
      prev.right = row.right;
      prev.kind = 'changed';
    } else if (row.kind === 'removed' && prev?.kind === 'added') {
      prev.left = row.left;
      prev.kind = 'changed';
    } else merged.push(row);
  }
  return merged;
}

const lines = (value: unknown) => JSON.stringify(value ?? null, null, 2).split('\n');

export function SideBySide({ before, after, labels }: { before: unknown; after: unknown; labels: [string, string] }) {
  const rows = diffLines(lines(before), lines(after));
  const changes = rows.filter((r) => r.kind !== 'same').length;
  return (
    <div className="diff-wrap">
      <p aria-live="polite">{changes === 0 ? 'No differences.' : `${changes} changed line${changes === 1 ? '' : 's'}.`}</p>
      <table className="diff">
        <thead>
          <tr>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <tr key={index} className={row.kind}>
              <td className={row.kind === 'removed' || row.kind === 'changed' ? 'del' : ''}>
                <code>{row.left ?? ''}</code>
              </td>
              <td className={row.kind === 'added' || row.kind === 'changed' ? 'ins' : ''}>
                <code>{row.right ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
