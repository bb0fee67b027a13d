import { AppError } from '../../lib/errors.js';

/** An ajv error as Fastify hands it over (ajv runs with `verbose`, so the failing schema is there). */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
}

/** One problem of a request part: the property it is about (dotted, '' for the part itself) and a sentence. */
export interface SchemaProblem {
  field: string;
  message: string;
  code: 'missing_required_field' | 'invalid_field';
}

const CONTEXT_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'headers' };
const MAX_LISTED = 30;

const fieldOf = (pointer: string, extra?: unknown) =>
  [...pointer.split('/').slice(1), ...(typeof extra === 'string' ? [extra] : [])]
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');

const shown = (value: unknown) => (typeof value === 'string' && /^[\w.:-]+$/.test(value) ? value : JSON.stringify(value));

function listed(values: string[]): string {
  const unique = [...new Set(values)];
  return unique.length > MAX_LISTED ? `${unique.slice(0, MAX_LISTED).join(', ')}, …` : unique.join(', ');
}

/** What a branch of an anyOf/oneOf accepts, in words. */
function describe(branch: unknown): { values?: string[]; form?: string } {
  if (typeof branch !== 'object' || branch === null) return { form: 'another form' };
  const s = branch as Record<string, unknown>;
  if ('const' in s) return { values: [shown(s.const)] };
  if (Array.isArray(s.enum)) return { values: s.enum.map(shown) };
  if (Array.isArray(s.required)) return { form: `an object with ${s.required.join(', ')}` };
  if (typeof s.type === 'string') return { form: s.type === 'null' ? 'null' : `a${/^[aeiou]/.test(s.type) ? 'n' : ''} ${s.type}` };
  return { form: 'another form' };
}

function alternatives(issue: SchemaIssue): string {
  const described = (Array.isArray(issue.schema) ? issue.schema : []).map(describe);
  const values = described.flatMap((d) => d.values ?? []);
  const forms = described.flatMap((d) => (d.form ? [d.form] : []));
  const several = issue.keyword === 'oneOf' && Array.isArray(issue.params.passingSchemas);
  if (forms.length === 0 && values.length > 0) return `must be one of: ${listed(values)}`;
  const all = [...forms, ...(values.length > 0 ? [`one of: ${listed(values)}`] : [])];
  return several ? `must be exactly one of: ${all.join(' or ')} (it matches several)` : `must be ${all.join(' or ')}`;
}

/** One sentence for one ajv error, and the field it names. */
function problemOf(issue: SchemaIssue): SchemaProblem {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { field: fieldOf(issue.instancePath, p.missingProperty), message: 'is required', code: 'missing_required_field' };
    case 'additionalProperties': {
      const allowed = Object.keys((issue.parentSchema?.properties as object | undefined) ?? {});
      const message = allowed.length > 0 ? `is not an allowed property (allowed: ${listed(allowed)})` : 'is not an allowed property';
      return { field: fieldOf(issue.instancePath, p.additionalProperty), message, code: 'invalid_field' };
    }
    case 'anyOf':
    case 'oneOf':
      return { field: fieldOf(issue.instancePath), message: alternatives(issue), code: 'invalid_field' };
    case 'enum':
      return {
        field: fieldOf(issue.instancePath),
        message: `must be one of: ${listed((p.allowedValues as unknown[]).map(shown))}`,
        code: 'invalid_field',
      };
    case 'const':
      return { field: fieldOf(issue.instancePath), message: `must be ${shown(p.allowedValue)}`, code: 'invalid_field' };
    default:
      return { field: fieldOf(issue.instancePath), message: issue.message ?? 'is invalid', code: 'invalid_field' };
  }
}

/**
 * The problems ajv found in one part of a request, one per problem: the errors of an anyOf/oneOf's
 * branches are folded into one sentence listing what is allowed; each sentence starts with its field.
 */
export function schemaProblems(issues: SchemaIssue[], context: string): SchemaProblem[] {
  const unions = issues.filter((i) => i.keyword === 'anyOf' || i.keyword === 'oneOf').map((i) => `${i.schemaPath}/`);
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    if (issue.keyword === 'if' || unions.some((prefix) => issue.schemaPath.startsWith(prefix))) continue;
    const problem = problemOf(issue);
    const where = CONTEXT_NAMES[context] ?? context;
    const label = problem.field === '' ? where : context === 'body' ? problem.field : `${where} parameter ${problem.field}`;
    const message = `${label} ${problem.message}`;
    if (!problems.some((o) => o.field === problem.field && o.message === message)) problems.push({ ...problem, message });
  }
  return problems;
}

/** A schema failure as one AppError: details carry `<context>.<field>` paths (Losant and Truto). */
export function schemaError(issues: SchemaIssue[], context: string): AppError {
  const problems = schemaProblems(issues, context);
  const message = problems.length === 1 ? problems[0].message : `${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`;
  const where = CONTEXT_NAMES[context] ?? context;
  return new AppError(
    'validation',
    message,
    problems.map((p) => ({ path: p.field ? `${where}.${p.field}` : where, message: p.message })),
  );
}
