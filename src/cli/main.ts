import { fail, openCore } from './runtime.js';
import { serve } from './serve.js';
import { SETTINGS_HELP } from './settings-help.js';

const USAGE = `Usage: junction <command>

Commands:
  serve                                   start the server (settings from the environment)
  init [--json]                           create the default organization and application; issue an admin token
  token create --application ID --scope SCOPE... [--name NAME] [--json]
                                          issue an application token
  migrate                                 apply pending store migrations

${SETTINGS_HELP}`;

/** `--flag value…` options: each flag collects the values that follow it. */
function parseFlags(args: string[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const arg of args) {
    if (arg.startsWith('--')) {
      current = flags.get(arg.slice(2)) ?? [];
      flags.set(arg.slice(2), current);
    } else if (current) current.push(arg);
    else fail(`unexpected argument "${arg}"\n${USAGE}`);
  }
  return flags;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'init': {
      const flags = parseFlags(rest);
      const { core } = await openCore();
      const result = await core.setup.init();
      await core.close();
      process.stdout.write(
        flags.has('json')
          ? `${JSON.stringify(result)}\n`
          : `organizationId: ${result.organizationId}\napplicationId:  ${result.applicationId}\ntoken: ${result.token}\n`,
      );
      return;
    }
    case 'token': {
      const [sub, ...tail] = rest;
      if (sub !== 'create') fail(USAGE);
      const flags = parseFlags(tail);
      const applicationId = flags.get('application')?.[0];
      const scopes = flags.get('scope') ?? [];
      if (!applicationId || scopes.length === 0) fail(`token create needs --application ID and at least one --scope\n${USAGE}`);
      const { core } = await openCore();
      try {
        const token = await core.tokens.createForApplication({ principal: null, source: 'cli' }, applicationId, {
          name: flags.get('name')?.join(' ') || 'cli token',
          scopes,
        });
        process.stdout.write(
          flags.has('json')
            ? `${JSON.stringify({ id: token.id, applicationId: token.applicationId, scope: token.scopes, token: token.token })}\n`
            : `${token.token}\n`,
        );
      } catch (error) {
        fail((error as Error).message);
      } finally {
        await core.close();
      }
      return;
    }
    case 'migrate': {
      const { core } = await openCore();
      await core.close();
      process.stdout.write('migrations applied\n');
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}
