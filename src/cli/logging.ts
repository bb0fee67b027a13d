import { type LoggerOptions, stdTimeFunctions } from 'pino';
import type { Config } from '../config.js';

const LEVELS: Record<number, [string, string]> = {
  10: ['TRACE', '90'],
  20: ['DEBUG', '36'],
  30: ['INFO ', '32'],
  40: ['WARN ', '33'],
  50: ['ERROR', '31'],
  60: ['FATAL', '35'],
};
const SKIPPED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'req', 'res', 'err']);

/** One JSON log line as a person reads it: time, level, message, then the other fields as key=value. */
export function prettyLine(line: string, colors = false): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const [label, color] = LEVELS[Number(entry.level)] ?? ['LOG  ', '0'];
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 23) : new Date(Number(entry.time)).toISOString().slice(11, 23);
  const parts = [time, colors ? `\x1b[${color}m${label}\x1b[0m` : label, String(entry.msg ?? '')];
  const req = entry.req as { method?: string; url?: string } | undefined;
  if (req?.method) parts.push(`${req.method} ${req.url}`);
  const res = entry.res as { statusCode?: number } | undefined;
  if (res?.statusCode) parts.push(String(res.statusCode));
  for (const [key, value] of Object.entries(entry)) {
    if (!SKIPPED.has(key) && value !== undefined) parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n  ${(err.stack ?? err.message ?? '').split('\n').join('\n  ')}` : '';
  return `${parts.join(' ')}${stack}\n`;
}

/**
 * The server's logger: JSON lines with ISO times (what log shippers read), or the pretty form for a
 * person at a terminal. The authorization header is never logged.
 */
export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  out: NodeJS.WriteStream = process.stdout,
): LoggerOptions & { stream?: { write(line: string): void } } {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && out.isTTY === true);
  const colors = pretty && out.isTTY === true && out.hasColors?.() === true;
  return {
    level: config.logLevel,
    redact: ['req.headers.authorization'],
    timestamp: stdTimeFunctions.isoTime,
    ...(pretty ? { stream: { write: (line: string) => out.write(prettyLine(line, colors)) } } : {}),
  };
}
