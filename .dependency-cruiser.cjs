// Import rules checked by `npm run lint` (and `npm test`): no cycles — runtime or type-only —
// and each layer imports only downward. Layers, bottom to top:
//   shared/            protocol, domain types, file kinds, ids (both sides)
//   server/src: model, parser, schema, engine, workspace, git, features, report → service → lsp, cli → server.ts
//   client/src         the extension: shared/ only, never server code
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle (runtime or type-only) couples files that then cannot be read or changed alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'The client asks the server; its bundle must not pull in server code.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'shared-is-neutral',
      severity: 'error',
      comment: 'shared/ is imported by both sides and imports neither.',
      from: { path: '^shared/' },
      to: { path: '^(client|server)/' },
    },
    {
      name: 'features-below-service',
      severity: 'error',
      comment: 'The pure layers (features, parser, engine, model, schema, workspace, report, git) take what they need as arguments; they never reach up into the service, the LSP wiring or the CLI.',
      from: { path: '^server/src/(features|parser|engine|model|schema|workspace|report|templates|git)/' },
      to: { path: '^server/src/(service|lsp|cli)/|^server/src/server\\.ts$' },
    },
    {
      name: 'service-below-wiring',
      severity: 'error',
      comment: 'The language service knows nothing of the connection or the command line.',
      from: { path: '^server/src/service/' },
      to: { path: '^server/src/(lsp|cli)/|^server/src/server\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|out|\\.vscode-test)/' },
    // Type-only imports count: a type cycle is a cycle too.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
