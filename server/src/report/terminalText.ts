// Text bound for a terminal, made harmless: a profile or prospect may hold escape sequences
// (clear the screen, OSC 52 writes to the clipboard, a carriage return that hides what came
// before), and the terminal would obey them. Every control character — C0 but tab and newline,
// DEL, C1 (U+009B is a CSI on its own) — is shown as \xNN instead, so the user sees what the file
// holds. Used for everything the CLI writes as text: verdicts, check lines, errors.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with each control character (but \t and \n) written as \xNN. */
export function visible(text: string): string {
  // The test first: nearly every text has none, and then no copy is made.
  return CONTROL.test(text) ? text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : text;
}
