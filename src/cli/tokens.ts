import type { Principal } from '../auth/principal.js';
import { scopesAllow } from '../auth/scopes.js';
import type { Core } from '../core/index.js';
import type { ApiToken } from '../core/tenancy/token-service.js';
import { parseCommand, usageError, wantsHelp } from './args.js';
import { fail, openCore } from './runtime.js';

export const TOKEN_USAGE = `Usage:
  junction token create --application ID --scope SCOPE [SCOPE…] [--name NAME] [--token JWT] [--json]
      issue an application token; --scope may repeat. With --token the new token may hold only what
      that token grants (as over HTTP); without it any known scope.
  junction token list [--json]
      every token of the store, organization tokens included (ids, owners, scopes; never the token)
  junction token revoke ID
      delete a token of any owner; it stops working at once on this store

Run against an existing store only: a wrong DATA_DIR or DATABASE_URL creates nothing.`;

const CLI = { principal: null, source: 'cli' } as const;

export async function token(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === undefined) usageError('token needs a subcommand: create, list or revoke', TOKEN_USAGE);
  if (wantsHelp(args)) {
    process.stdout.write(`${TOKEN_USAGE}\n`);
    return;
  }
  if (sub === 'create') return create(rest);
  if (sub === 'list') return list(rest);
  if (sub === 'revoke') return revoke(rest);
  usageError(`unknown token subcommand "${sub}"`, TOKEN_USAGE);
}

async function create(args: string[]) {
  const { values } = parseCommand(
    args,
    {
      application: { type: 'string' },
      scope: { type: 'string', multiple: true },
      name: { type: 'string' },
      token: { type: 'string' },
      json: { type: 'boolean' },
    },
    TOKEN_USAGE,
    { valuesFollow: 'scope' },
  );
  const applicationId = values.application as string | undefined;
  const scopes = (values.scope as string[] | undefined) ?? [];
  if (!applicationId || scopes.length === 0) usageError('token create needs --application ID and at least one --scope', TOKEN_USAGE);
  await withCore(async (core) => {
    const principal = values.token ? await creator(core, values.token as string) : null;
    const issued = await core.tokens.createForApplication({ principal, source: 'cli' }, applicationId, {
      name: (values.name as string | undefined) || 'cli token',
      scopes,
    });
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ id: issued.id, applicationId: issued.applicationId, scope: issued.scopes, token: issued.token })}\n`
        : `${issued.token}\n`,
    );
  });
}

/** The token `--token` names, held to what the HTTP route would ask of it. */
async function creator(core: Core, jwt: string): Promise<Principal> {
  const principal = await core.auth.authenticate(`Bearer ${jwt}`);
  if (!scopesAllow(principal.scopes, 'applicationApiTokens.post')) fail('the --token does not grant applicationApiTokens.post');
  return principal;
}

async function list(args: string[]) {
  const { values } = parseCommand(args, { json: { type: 'boolean' } }, TOKEN_USAGE);
  await withCore(async (core) => {
    const tokens = await core.tokens.listAll(CLI);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(tokens.map(describe))}\n`);
      return;
    }
    const lines = tokens.map((t) => {
      const owner = t.applicationId ? `application ${t.applicationId}` : `organization ${t.organizationId}`;
      const expiry = t.expiresAt ? ` expires ${t.expiresAt}` : '';
      return `${t.id}  ${owner}  ${t.status}${expiry}  "${t.name}"  ${t.scopes.join(' ')}`;
    });
    process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'no tokens\n');
  });
}

function describe(t: ApiToken) {
  return {
    id: t.id,
    organizationId: t.organizationId,
    applicationId: t.applicationId,
    ownerType: t.applicationId ? 'application' : 'organization',
    name: t.name,
    scope: t.scopes,
    status: t.status,
    expirationDate: t.expiresAt,
    creationDate: t.createdAt,
  };
}

async function revoke(args: string[]) {
  const { positionals } = parseCommand(args, {}, TOKEN_USAGE, { positionals: 1 });
  if (positionals.length !== 1) usageError('token revoke needs exactly one token ID', TOKEN_USAGE);
  await withCore(async (core) => {
    const id = await core.tokens.revoke(CLI, positionals[0]);
    process.stdout.write(`revoked ${id}\n`);
  });
}

/** Runs against the existing store; a refusal of core (unknown scope, missing id) is printed, exit 1. */
async function withCore(work: (core: Core) => Promise<void>) {
  const { core } = await openCore('existing');
  try {
    await work(core);
  } catch (error) {
    await core.close();
    fail((error as Error).message);
  }
  await core.close();
}
