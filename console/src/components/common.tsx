import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';

/** Loads with `load` whenever `deps` change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function ErrorView({ error }: { error: unknown }) {
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="error" role="alert">
      <strong>{api ? `Error ${api.status}` : 'Error'}:</strong> {String((error as Error).message ?? error)}
      {api?.hint && <p className="hint">{api.hint}</p>}
      {api && api.failures.length > 0 && (
        <ul>
          {api.failures.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              {f.path && <code>{f.path}</code>} {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A list's loading, error and empty states around its content. */
export function Loaded<T>({
  state,
  what,
  children,
}: {
  state: { data?: T; error?: unknown; loading: boolean };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (state.error) return <ErrorView error={state.error} />;
  if (state.data === undefined) return <Loading what={what} />;
  return <>{children(state.data)}</>;
}

/** An ISO time as `2026-12-01 20:49:55 UTC` (the server's times are UTC). */
export const when = (iso: string | null | undefined) => (iso ? `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC` : '—');

export function Badge({ value }: { value: string }) {
  const tone = /^(online|active|ok|allow|2\d\d)$/.test(value)
    ? 'good'
    : /^(offline|needs_reauth|error|deny|failed|[45]\d\d)$/.test(value)
      ? 'bad'
      : 'neutral';
  return <span className={`badge ${tone}`}>{value}</span>;
}

/** Runs an action, keeping its pending state and error for the button that started it. */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, error, run, setError };
}

export function Json({ value }: { value: unknown }) {
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}
