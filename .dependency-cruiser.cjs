// Import rules of docs/architecture.md, checked by `npm run deps` (part of `npm test`).
const CORE_ORDER = ['shared', 'tenancy', 'flows', 'integrations', 'connections', 'truto', 'integrator-io'];

const coreOrder = CORE_ORDER.slice(0, -1).map((folder, i) => ({
  name: `core-${folder}-imports-down`,
  comment: `core/${folder} may import only the core folders before it: ${CORE_ORDER.slice(0, i).join(', ') || '(none)'}`,
  severity: 'error',
  from: { path: `^src/core/${folder}/` },
  to: { path: `^src/core/(${CORE_ORDER.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles are not allowed.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lower-layers-never-import-core-or-api',
      comment: 'store/, runtime/, lib/ and auth/ never import core/, api/, cli/ or the app.',
      severity: 'error',
      from: { path: '^src/(store|runtime|lib|auth)/' },
      to: { path: '^src/(core|api|cli)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'lib-and-auth-are-the-bottom',
      comment: 'lib/ and auth/ import neither store/ nor runtime/.',
      severity: 'error',
      from: { path: '^src/(lib|auth)/' },
      to: { path: '^src/(store|runtime)/' },
    },
    {
      name: 'store-never-imports-runtime',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/runtime/' },
    },
    {
      name: 'core-never-imports-api',
      comment: 'core/ is below the surfaces: no api/, cli/ or app.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(api|cli)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'core-folders-never-import-the-wiring',
      comment: 'core/index.ts wires the services; nothing inside core imports it.',
      severity: 'error',
      from: { path: '^src/core/[^/]+/' },
      to: { path: '^src/core/index\\.ts$' },
    },
    ...coreOrder,
    {
      name: 'only-api-imports-fastify',
      comment: 'Only api/ (and app.ts, which builds the server) import Fastify.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/api/|^src/app\\.ts$' },
      to: { path: '(^|/)node_modules/(fastify|@fastify)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
