// The options every YAML read of a profile or prospect uses: the full parse (parsedDocument.ts)
// and the fast reader (simpleYaml.ts) must resolve each plain scalar the same way.
import type { DocumentOptions, ParseOptions, SchemaOptions, ScalarTag } from 'yaml';

/**
 * `8.000`, `12.345.678`: a dot before each group of exactly three digits is how German writes
 * thousands. YAML's core schema reads `8.000` as the float 8 before any value reader sees it
 * (`budget: 8.000` met nothing), so such a plain scalar stays the text written, and the value
 * readers (engine/numberText.ts) read it as thousands — 8000 — for a number or money fact.
 * `1.5` and `8.00` are no such form and stay numbers.
 */
export const THOUSANDS_GROUPED = /^[-+]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+$/;

const thousandsAsText: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  test: THOUSANDS_GROUPED,
  resolve: (text) => text,
};

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  // yaml's own check compares each key with every earlier one: parsedDocument.ts does it in one pass.
  uniqueKeys: false,
  strict: true,
  keepSourceTokens: false,
  // YAML 1.1 tags (!!binary, !!set, !!timestamp) would bring Buffers, Sets and Dates into values
  // that are only ever text, numbers, booleans, lists and mappings.
  resolveKnownTags: false,
  logLevel: 'error',
  // First, so that it is tried before the core schema's float.
  customTags: (tags) => [thousandsAsText, ...tags],
};
