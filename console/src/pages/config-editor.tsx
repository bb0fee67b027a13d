import { useEffect, useState } from 'react';
import { ApiError, get, send } from '../api';
import { ErrorView, useAction } from '../components/common';
import { SideBySide } from '../components/diff';
import { JsonEditor } from '../components/json-editor';
import { loadSchema, type Schema, type SchemaError, validate } from '../components/schema';

export interface TrutoIntegration {
  id: string;
  name: string;
  category: string | null;
  is_beta: boolean;
  config: Record<string, unknown>;
  sharing: string;
  version: number;
  team_id: string;
  installed_environment: string[];
  updated_at: string;
}

/** `config.resources.users.list.path` (the server's failure path) → `/resources/users/list/path`. */
const pointerOf = (path?: string) => {
  const parts = (path ?? '')
    .replace(/^config\.?/, '')
    .split('.')
    .filter(Boolean);
  return parts.length > 0 ? `/${parts.join('/')}` : '';
};

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Errors of a draft before it is sent: JSON syntax, then the schema. */
function check(schema: Schema | null, text: string): { value?: Record<string, unknown>; errors: SchemaError[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { errors: [{ pointer: '', message: `Not JSON: ${(e as Error).message}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { errors: [{ pointer: '', message: 'The config must be a JSON object' }] };
  return { value: value as Record<string, unknown>, errors: schema ? validate(schema, value) : [] };
}

/** The Truto declarative config of an integration, saved with its version lock. */
export function ConfigEditor({ integration, onSaved }: { integration: TrutoIntegration; onSaved: (next: TrutoIntegration) => void }) {
  const [schema, setSchema] = useState<Schema | null>(null);
  const [base, setBase] = useState(integration);
  const [draft, setDraft] = useState(() => pretty(integration.config));
  const [shown, setShown] = useState({ text: draft, key: 0 });
  const [problems, setProblems] = useState<SchemaError[]>([]);
  const [serverErrors, setServerErrors] = useState<SchemaError[]>([]);
  const [conflict, setConflict] = useState<TrutoIntegration | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  useEffect(() => {
    loadSchema().then(setSchema, action.setError);
  }, [action.setError]);

  const replaceDraft = (text: string) => {
    setDraft(text);
    setShown((s) => ({ text, key: s.key + 1 }));
  };
  const save = (version: number) =>
    action.run(async () => {
      setSaved(null);
      const checked = check(schema, draft);
      setProblems(checked.errors);
      if (!checked.value) return;
      if (checked.errors.length > 0) return;
      try {
        const next = await send<TrutoIntegration>('PATCH', `/integration/${integration.id}`, { version, config: checked.value });
        setServerErrors([]);
        setConflict(null);
        setBase(next);
        replaceDraft(pretty(next.config));
        setSaved(`Saved: version ${next.version}.`);
        onSaved(next);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 409 || /is stale/.test(e.message))) {
          setConflict(await get<TrutoIntegration>(`/integration/${integration.id}`));
          return;
        }
        if (e instanceof ApiError && e.failures.length > 0) {
          setServerErrors(e.failures.map((f) => ({ pointer: pointerOf(f.path), message: f.message })));
        }
        throw e;
      }
    });
  const reload = () => {
    if (!conflict) return;
    setBase(conflict);
    replaceDraft(pretty(conflict.config));
    setConflict(null);
    setProblems([]);
    onSaved(conflict);
  };

  return (
    <section aria-labelledby="config-title">
      <h2 id="config-title">Declarative config</h2>
      <p className="muted">
        Version {base.version}. Validated against <a href="/schemas/integration-config.json">the config schema</a> as you type (Ctrl-Space
        completes property names); nothing is saved while it has errors.
      </p>
      <div className="actions">
        <button type="button" onClick={() => save(base.version)} disabled={action.pending}>
          Save config
        </button>
        <button type="button" className="secondary" onClick={() => replaceDraft(pretty(base.config))} disabled={action.pending}>
          Discard changes
        </button>
      </div>
      {saved && (
        <p className="ok" role="status">
          {saved}
        </p>
      )}
      {problems.length > 0 && (
        <div className="error" role="alert">
          <strong>Not saved:</strong> the config has {problems.length} error{problems.length === 1 ? '' : 's'}.
          <ul>
            {problems.map((p) => (
              <li key={`${p.pointer} ${p.message}`}>
                <code>{p.pointer || '/'}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorView error={action.error} />
      {conflict && (
        <div className="conflict" role="alert">
          <h3>Someone else saved version {conflict.version} meanwhile</h3>
          <p>
            You edited version {base.version}. Here is what the stored config is now, next to your draft. Reload to take theirs (your draft
            is dropped), or overwrite it with yours.
          </p>
          <SideBySide
            before={conflict.config}
            after={check(null, draft).value ?? draft}
            labels={[`stored (version ${conflict.version})`, 'your draft']}
          />
          <div className="actions">
            <button type="button" onClick={reload}>
              Reload stored version
            </button>
            <button type="button" className="danger" onClick={() => save(conflict.version)}>
              Overwrite with my draft
            </button>
          </div>
        </div>
      )}
      <JsonEditor
        label="Integration config (JSON)"
        value={shown.text}
        resetKey={shown.key}
        schema={schema}
        serverErrors={serverErrors}
        onChange={(text) => {
          setDraft(text);
          setProblems([]);
        }}
      />
    </section>
  );
}
