import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lib/package-root.js';
import { parseCommand, usageError, wantsHelp } from './args.js';
import { migrateStore, openCore } from './runtime.js';
import { serve } from './serve.js';
import { SETTINGS_HELP } from './settings-help.js';
import { TOKEN_USAGE, token } from './tokens.js';

const USAGE = `Usage: junction <command> [options]

Commands:
  serve                       start the server (settings from the environment)
  init [--json] [--new-token] create the default organization and application (once);
                              the first run, or --new-token, issues an admin token
  token create|list|revoke    issue, list and revoke tokens (junction token --help)
  migrate                     apply pending store migrations

Options:
  -h, --help                  show help (of a command: junction <command> --help)
  --version                   print the version

${SETTINGS_HELP}`;

const COMMAND_USAGE: Record<string, string> = {
  serve: `Usage: junction serve

Starts the server with the settings of the environment (see junction --help); creates the store and
its secret when absent, and the default organization on the first start. Stops on SIGTERM or SIGINT.`,
  init: `Usage: junction init [--json] [--new-token]

Creates the default organization and application when absent, and prints their ids. The run that
creates them issues an admin token (all.Organization, shown once); a later run issues none (token:
null) unless --new-token asks for one. Tokens are listed and revoked with junction token.

  --json        print {"organizationId","applicationId","token"}
  --new-token   issue another admin token`,
  token: TOKEN_USAGE,
  migrate: `Usage: junction migrate

Applies pending store migrations (creates the store when absent). Needs no JUNCTION_SECRET.`,
};

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? rest[0] : undefined;
    process.stdout.write(`${(topic && COMMAND_USAGE[topic]) || USAGE}\n`);
    return;
  }
  if (command === '--version') {
    process.stdout.write(`junction ${version()}\n`);
    return;
  }
  const usage = COMMAND_USAGE[command];
  if (!usage) usageError(`unknown ${command.startsWith('-') ? 'option' : 'command'} "${command}"`, USAGE);
  if (wantsHelp(rest)) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  switch (command) {
    case 'serve':
      parseCommand(rest, {}, usage);
      return serve();
    case 'init':
      return init(rest, usage);
    case 'token':
      return token(rest);
    case 'migrate':
      parseCommand(rest, {}, usage);
      await migrateStore();
      process.stdout.write('migrations applied\n');
      return;
  }
}

async function init(args: string[], usage: string): Promise<void> {
  const { values } = parseCommand(args, { json: { type: 'boolean' }, 'new-token': { type: 'boolean' } }, usage);
  const { core } = await openCore('create');
  const result = await core.setup.init({ newToken: values['new-token'] === true });
  await core.close();
  const { organizationId, applicationId, token } = result;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ organizationId, applicationId, token })}\n`);
    return;
  }
  const tokenLine = token
    ? `token: ${token}`
    : 'token: none issued (the admin token was printed when this setup was made; junction init --new-token issues another)';
  process.stdout.write(`organizationId: ${organizationId}\napplicationId:  ${applicationId}\n${tokenLine}\n`);
}
