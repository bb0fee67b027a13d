import type Handlebars from 'handlebars';
import { lazyModule } from '../../lib/lazy-module.js';

const handlebars = lazyModule<typeof Handlebars>('handlebars');
let environment: typeof Handlebars | undefined;

/** One Handlebars environment for flow steps: no HTML escaping, integrator.io's JSON helper. Made on first use. */
function hbs(): typeof Handlebars {
  if (!environment) {
    const lib = handlebars();
    environment = lib.create();
    environment.registerHelper('jsonSerialize', (value: unknown) => new lib.SafeString(JSON.stringify(value ?? null)));
  }
  return environment;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();
const MAX_CACHED = 1_000;

/** Renders a template with a cached compilation; a broken template throws a TemplateError naming it. */
export function render(template: string, context: unknown, field: string): string {
  let compiled = cache.get(template);
  if (!compiled) {
    try {
      compiled = hbs().compile(template, { noEscape: true, strict: false });
      compiled({});
    } catch (error) {
      throw new TemplateError(field, (error as Error).message);
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(template, compiled);
  }
  try {
    return compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw new TemplateError(field, (error as Error).message);
  }
}

export class TemplateError extends Error {
  readonly code = 'invalid_template';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field} is not a template Junction can render: ${detail.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

/** A rendered body: JSON when it parses, else the text itself. */
export function renderBody(template: unknown, context: unknown, field: string): unknown {
  if (template === undefined || template === null || template === '') return undefined;
  if (typeof template !== 'string') return template;
  const text = render(template, context, field);
  try {
    return JSON.parse(text);
  } catch {
    throw new TemplateError(field, 'the rendered body is not JSON');
  }
}
