// The module walls (docs/architecture.md, decision 006), checked by `npm run lint` and so by `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-public-surface',
      comment:
        'A module reaches another only through its service.ts (and schema.ts for foreign keys). Export what you need from service.ts.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: {
        path: '^src/server/modules/[^/]+/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/(service|schema)\\.ts$'],
      },
    },
    {
      name: 'foreign-tables-only-for-keys',
      comment:
        "Another module's schema.ts is for foreign keys in your schema.ts; read its rows through its service.ts (or an SQL fragment it exports).",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '^src/server/modules/[^/]+/schema\\.ts$' },
      to: { path: '^src/server/modules/[^/]+/schema\\.ts$', pathNot: '^src/server/modules/$1/' },
    },
    {
      name: 'platform-independent-of-modules',
      comment:
        'http/, db/, crypto/, auth/ and platform/ serve every module and depend on none; app.ts composes them.',
      severity: 'error',
      from: {
        path: '^src/server/(http|db|crypto|auth|platform)/',
        pathNot: '\\.test\\.ts$',
      },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core is shared with the browser: no server or web code.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'web-without-server',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'components-without-pages',
      comment: 'Shared components serve every page; a page-specific piece belongs to its page folder.',
      severity: 'error',
      from: { path: '^src/web/components/' },
      to: { path: '^src/web/pages/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
