// The Ideal Client language server's entry: the process's connection (IPC from the VS Code
// extension, or --stdio for other editors and the tests), handed to startServer, which builds
// everything else (lsp/). No domain logic here or there: that is the language service's.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

startServer(createConnection(ProposedFeatures.all));
