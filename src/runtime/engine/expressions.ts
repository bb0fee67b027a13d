import type jsonataType from 'jsonata';
import { AppError } from '../../lib/errors.js';
import { lazyModule } from '../../lib/lazy-module.js';

const jsonata = lazyModule<typeof jsonataType>('jsonata');

type Compiled = ReturnType<typeof jsonataType>;
const compiled = new Map<string, Compiled>();
const MAX_CACHED = 2_000;

function compile(expression: string): Compiled {
  let entry = compiled.get(expression);
  if (!entry) {
    try {
      entry = jsonata()(expression);
    } catch (error) {
      throw new AppError('bad_request', `The integration's JSONata expression is invalid: ${(error as Error).message}`);
    }
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(expression, entry);
  }
  return entry;
}

/** Evaluates a JSONata expression from an integration config; compiled forms are cached by text. */
export async function evaluate(expression: string, input: unknown): Promise<unknown> {
  try {
    return await compile(expression).evaluate(input);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', `The integration's JSONata expression failed: ${(error as Error).message}`);
  }
}
