import type Handlebars from 'handlebars';
import { lazyModule } from '../../lib/lazy-module.js';

const handlebars = lazyModule<typeof Handlebars>('handlebars');
let environment: typeof Handlebars | undefined;

/**
 * Losant's template dialect: Handlebars over the payload. As in Losant, `{{ }}` HTML-escapes and
 * `{{{ }}}` does not; `jsonEncode` gives raw JSON either way. Made on first use (not at start-up).
 */
function hbs(): typeof Handlebars {
  if (!environment) {
    const lib = handlebars();
    const made = lib.create();
    made.registerHelper('jsonEncode', (value: unknown) => new lib.SafeString(JSON.stringify(value ?? null)));
    made.registerHelper('lower', (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value));
    made.registerHelper('upper', (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value));
    environment = made;
  }
  return environment;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();
const MAX_CACHED = 2_000;

export class TemplateError extends Error {
  constructor(field: string, detail: string) {
    super(`${field} is not a template Junction can render: ${detail.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

function compile(template: string, field: string): Handlebars.TemplateDelegate {
  let compiled = cache.get(template);
  if (!compiled) {
    try {
      compiled = hbs().compile(template, { strict: false });
      compiled({});
    } catch (error) {
      throw new TemplateError(field, (error as Error).message);
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(template, compiled);
  }
  return compiled;
}

/** Renders a `*Template` field; a value that is not a string renders as its text. */
export function render(template: unknown, payload: unknown, field: string): string {
  if (template === undefined || template === null) return '';
  if (typeof template !== 'string') return String(template);
  if (!template.includes('{{')) return template;
  try {
    return compile(template, field)(payload, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(field, (error as Error).message);
  }
}
