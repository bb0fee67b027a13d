import { getPath } from './payload-path.js';
import { render } from './templates.js';

/**
 * The Conditional node's expression: Losant's JavaScript-like formula over `{{templates}}`, read by a
 * small parser of its own (literals, `! - + * / %`, comparisons, `== != === !==`, `&& ||`, `?:`,
 * parentheses). Nothing is handed to a JavaScript engine.
 */
export class ExpressionError extends Error {}

type Token = { kind: 'num' | 'str' | 'value' | 'word' | 'op'; text: string; value?: unknown };

const SIMPLE_PATH = /^[A-Za-z_$][\w$-]*(\.(\[[^\]]*\]|[\w$-]+))*$/;
const OPERATORS = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '*', '/', '%', '(', ')', '?', ':'];
const WORDS: Record<string, unknown> = { true: true, false: false, null: null, undefined: undefined };

/** A template's value: the payload value itself for a bare path, else the rendered text (a number when it reads as one). */
function templateValue(inner: string, payload: unknown): unknown {
  const path = inner.trim();
  if (SIMPLE_PATH.test(path)) return getPath(payload, path);
  const text = render(`{{${inner}}}`, payload, 'The expression');
  return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
}

function tokenize(expression: string, payload: unknown): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (/\s/.test(c)) {
      i++;
    } else if (expression.startsWith('{{', i)) {
      const end = expression.indexOf('}}', i + 2);
      if (end < 0) throw new ExpressionError('a {{template}} is not closed');
      tokens.push({ kind: 'value', text: expression.slice(i, end + 2), value: templateValue(expression.slice(i + 2, end), payload) });
      i = end + 2;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(expression[i + 1] ?? ''))) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(expression.slice(i));
      if (!match) throw new ExpressionError(`unexpected "${c}"`);
      tokens.push({ kind: 'num', text: match[0], value: Number(match[0]) });
      i += match[0].length;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < expression.length && expression[j] !== c) {
        if (expression[j] === '\\' && j + 1 < expression.length) j++;
        text += expression[j];
        j++;
      }
      if (j >= expression.length) throw new ExpressionError('a string is not closed');
      tokens.push({ kind: 'str', text, value: text });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_]\w*/.exec(expression.slice(i))?.[0] ?? c;
      if (!Object.hasOwn(WORDS, word))
        throw new ExpressionError(`"${word}" is not something an expression can use (write payload values as {{templates}})`);
      tokens.push({ kind: 'word', text: word, value: WORDS[word] });
      i += word.length;
    } else {
      const op = OPERATORS.find((o) => expression.startsWith(o, i));
      if (!op) throw new ExpressionError(`unexpected "${c}"`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return tokens;
}

const looseEquals = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  if (typeof a === 'boolean' || typeof b === 'boolean' || typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return String(a) === String(b);
};

function compare(op: string, a: unknown, b: unknown): boolean {
  const strings = typeof a === 'string' && typeof b === 'string';
  const x = strings ? a : Number(a);
  const y = strings ? b : Number(b);
  if (op === '<') return x < y;
  if (op === '>') return x > y;
  if (op === '<=') return x <= y;
  return x >= y;
}

function arithmetic(op: string, a: unknown, b: unknown): unknown {
  if (op === '+') return typeof a === 'string' || typeof b === 'string' ? `${a ?? ''}${b ?? ''}` : Number(a) + Number(b);
  if (op === '-') return Number(a) - Number(b);
  if (op === '*') return Number(a) * Number(b);
  if (op === '/') return Number(a) / Number(b);
  return Number(a) % Number(b);
}

const LEVELS: string[][] = [['||'], ['&&'], ['===', '!==', '==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

function binary(op: string, a: unknown, b: unknown): unknown {
  if (op === '||') return a || b;
  if (op === '&&') return a && b;
  if (op === '===') return a === b;
  if (op === '!==') return a !== b;
  if (op === '==') return looseEquals(a, b);
  if (op === '!=') return !looseEquals(a, b);
  if (LEVELS[3].includes(op)) return compare(op, a, b);
  return arithmetic(op, a, b);
}

/** Evaluates the expression over the payload. */
export function evaluateExpression(expression: string, payload: unknown): unknown {
  const tokens = tokenize(expression, payload);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (...ops: string[]) => peek()?.kind === 'op' && ops.includes(peek().text);
  const expect = (op: string) => {
    if (!isOp(op)) throw new ExpressionError(`expected "${op}"${peek() ? ` before "${peek().text}"` : ' at the end'}`);
    at++;
  };

  function ternary(): unknown {
    const test = level(0);
    if (!isOp('?')) return test;
    at++;
    const yes = ternary();
    expect(':');
    const no = ternary();
    return test ? yes : no;
  }
  function level(n: number): unknown {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    while (isOp(...LEVELS[n])) {
      const op = tokens[at++].text;
      left = binary(op, left, level(n + 1));
    }
    return left;
  }
  function unary(): unknown {
    if (!isOp('!', '-', '+')) return primary();
    const op = tokens[at++].text;
    const operand = unary();
    return op === '!' ? !operand : op === '-' ? -Number(operand) : Number(operand);
  }
  function primary(): unknown {
    const token = peek();
    if (!token) throw new ExpressionError('the expression ends too early');
    if (isOp('(')) {
      at++;
      const value = ternary();
      expect(')');
      return value;
    }
    if (token.kind === 'op') throw new ExpressionError(`unexpected "${token.text}"`);
    at++;
    return token.value;
  }

  if (tokens.length === 0) throw new ExpressionError('the expression is empty');
  const result = ternary();
  if (at < tokens.length) throw new ExpressionError(`unexpected "${tokens[at].text}"`);
  return result;
}
