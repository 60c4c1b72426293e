// How the shared writers get their words: the caller's translation function. The server passes
// l10n.t of @vscode/l10n, the extension vscode.l10n.t; both look the English message up in the
// same bundle (l10n/bundle.l10n.*.json), so every message here is a key of that bundle.

/** A translation function: the English message (the bundle key) and its {0}, {1} … arguments. */
export type Translate = (message: string, ...args: (string | number | boolean)[]) => string;
