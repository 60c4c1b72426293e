// Detects English sentences in a text the German UI shows. A text counts as English when, after
// taking out what the user wrote or what is code — anything in „…“, "…", '…' or `…`, fenced
// blocks, ids (words with - _ / . : @ or a digit, or camelCase) — either
//   (a) three words in a row are English function words (the list below), or
//   (b) two different English function words appear anywhere in it.
// The list holds only words that are not also German words ("in", "so", "was", "will", "die",
// "man", "an", "um" are left out), so a German sentence never matches; "bald is not a duration"
// matches by (a), "8000 USD is in USD, but budget is counted in EUR" by (b) (is, but).
const ENGLISH = new Set([
  'the', 'a', 'is', 'are', 'be', 'been', 'not', 'no', 'of', 'to', 'and', 'or', 'but', 'with', 'this',
  'that', 'these', 'those', 'has', 'have', 'had', 'must', 'it', 'its', 'for', 'from', 'at', 'on', 'by',
  'as', 'which', 'when', 'where', 'your', 'you', 'should', 'can', 'cannot', 'does', 'do', 'there',
  'than', 'each', 'every', 'only', 'one', 'any', 'all', 'after', 'before', 'here', 'more', 'less',
  'write', 'use', 'found', 'expected', 'missing', 'unknown', 'needs', 'takes', 'value', 'line',
  'file', 'files', 'checked', 'between',
]);

/** The text without what the user wrote or code: quotes, backticks, fenced blocks, ids. */
function prose(text: string): string[] {
  const stripped = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/„[^“]*“/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/(^|\s)'[^'\n]*'/g, ' ')
    .replace(/\[[^\]\n]*\]/g, ' ');
  return stripped.split(/[\s,;()!?…—–·|*]+/)
    .map((w) => w.replace(/^[.:]+|[.:]+$/g, ''))
    .filter((w) => w !== '' && !/[-_/.:@\d]/.test(w) && !/[a-z][A-Z]/.test(w));
}

/** The English words that make `text` English by (a) or (b), or undefined for a German text. */
export function englishIn(text: string): string | undefined {
  const words = prose(text).map((w) => w.toLowerCase());
  let run: string[] = [];
  const distinct = new Set<string>();
  for (const w of words) {
    if (ENGLISH.has(w)) {
      run.push(w);
      distinct.add(w);
      if (run.length >= 3) return run.join(' ');
    } else run = [];
  }
  return distinct.size >= 2 ? [...distinct].join(', ') : undefined;
}
