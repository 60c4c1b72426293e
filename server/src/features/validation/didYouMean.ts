// "Did you mean …": the candidate closest to a mistyped name, so diagnostics can offer it and
// code actions can replace it. Case-insensitive optimal-string-alignment (Damerau) distance.

/** Names farther apart than this are different names, not typos. */
const MAX_DISTANCE = 2;
/** Longer names are not compared: the distance is quadratic and nobody mistypes a paragraph. */
const MAX_LENGTH = 200;

/** The candidate closest to `name` (distance ≤ 2, ignoring case), or undefined. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  if (typeof name !== 'string' || name.length > MAX_LENGTH) return undefined;
  // Compared in NFC: a candidate that differs only in its form (NFD, typed on macOS) looks
  // identical, and is no suggestion.
  const written = name.normalize('NFC');
  const n = written.toLowerCase();
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const c of candidates) {
    if (typeof c !== 'string' || c.length > MAX_LENGTH) continue;
    const candidate = c.normalize('NFC');
    if (candidate === written) continue;
    if (Math.abs(candidate.length - n.length) >= bestDistance) continue;
    const d = distance(n, candidate.toLowerCase(), bestDistance - 1);
    // A distance as large as the name itself ("ab" vs "xy") is a replacement, not a typo.
    if (d < bestDistance && d < Math.max(n.length, candidate.length)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Three reused rows (names are at most MAX_LENGTH long), so a comparison allocates nothing. */
const ROWS = [new Int32Array(MAX_LENGTH + 1), new Int32Array(MAX_LENGTH + 1), new Int32Array(MAX_LENGTH + 1)];

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), or
 * anything above `bound` as soon as every entry of a row exceeds it: names are compared against
 * every fact of a profile, so the common "far apart" answer must be cheap.
 */
function distance(a: string, b: string, bound: number): number {
  const cols = b.length + 1;
  let [prev2, prev, cur] = ROWS;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1];
}
