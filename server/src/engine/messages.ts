// The engine's words, in the profile's language (English or German): what a criterion expects
// (the reasons are in reasonWords.ts), questions for facts that have none, and verdict names.
// These land in the verdict JSON, so they do not go through the editor's l10n: a German profile
// gets German reasons in the editor, the CLI and CI alike.
import type { FactSpec, Language, VerdictKind } from '../../../shared/src/types';
import { oneLine, orList } from './show';

// ----- what a criterion expects ----------------------------------------------------------------

function quoted(words: readonly string[], language: Language): string[] {
  return words.map((w) => (language === 'de' ? `„${w}“` : `"${w}"`));
}

/** "one of a, b", "at least 1d", "between 2w and 26w", from the argument's words as written. */
export function expectedWords(matcher: string, words: readonly string[], language: Language): string {
  const list = words.join(', ');
  const single = words.length === 1;
  const de = language === 'de';
  switch (matcher) {
    case 'is': return single ? list : `${de ? 'eins von' : 'one of'} ${list}`;
    case 'isNot': return single ? `${de ? 'nicht' : 'not'} ${list}` : `${de ? 'keins von' : 'none of'} ${list}`;
    case 'includes': return `${de ? 'alle von' : 'all of'} ${list}`;
    case 'includesAny': return `${de ? 'mindestens eins von' : 'any of'} ${list}`;
    case 'excludes': return `${de ? 'keins von' : 'none of'} ${list}`;
    case 'atLeast': return `${de ? 'mindestens' : 'at least'} ${list}`;
    case 'atMost': return `${de ? 'höchstens' : 'at most'} ${list}`;
    case 'between':
      return words.length === 2
        ? `${de ? 'zwischen' : 'between'} ${words[0]} ${de ? 'und' : 'and'} ${words[1]}`
        : `${de ? 'zwischen' : 'between'} ${list}`;
    case 'mentions': return `${de ? 'erwähnt' : 'mentions'} ${orList(quoted(words, language), language)}`;
    case 'doesNotMention': return `${de ? 'erwähnt nicht' : 'does not mention'} ${orList(quoted(words, language), language)}`;
    default: return list;
  }
}

// ----- questions ---------------------------------------------------------------------------------

const MAX_OPTIONS_IN_QUESTION = 8;

/** A fact's name in words: expectedResponseTime → "expected response time", ip_on_payment → "ip on payment". */
export function wordsOfName(name: string): string {
  const spaced = name
    .slice(0, 200)
    .replace(/([a-z0-9äöüß])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim();
  // Lower-case words, but keep acronyms (CRM, HR) as they are.
  return spaced.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase())).join(' ');
}

function optionsText(fact: FactSpec, language: Language): string {
  const values = (Array.isArray(fact.options) ? fact.options : [])
    .map((o) => (o && typeof o === 'object' ? o.value : undefined))
    .filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return '';
  const shown = values.slice(0, MAX_OPTIONS_IN_QUESTION);
  if (values.length > shown.length) shown.push('…');
  return orList(shown, language);
}

/** A question for a fact without its own: from its label, else from its name. */
export function generatedQuestion(fact: FactSpec, language: Language): string {
  const label = typeof fact.label === 'string' && fact.label.trim() !== '' ? oneLine(fact.label, 80) : undefined;
  const words = label ?? wordsOfName(typeof fact.name === 'string' ? fact.name : '');
  const options = optionsText(fact, language);
  if (language === 'de') {
    const topic = `„${words}“`;
    switch (fact.type) {
      case 'yesno': return `Trifft beim Interessenten ${topic} zu?`;
      case 'choice': return options ? `Wie sieht es beim Interessenten mit ${topic} aus: ${options}?` : `Wie sieht es beim Interessenten mit ${topic} aus?`;
      case 'tags': return options ? `Was davon trifft beim Interessenten zu (${topic}): ${options}?` : `Was trifft beim Interessenten zu (${topic})?`;
      case 'money': return `Wie sieht es beim Interessenten mit ${topic} aus${fact.currency ? ` (in ${fact.currency})` : ''}?`;
      case 'date': return `Welches Datum gilt beim Interessenten für ${topic}?`;
      default: return `Wie sieht es beim Interessenten mit ${topic} aus?`;
    }
  }
  switch (fact.type) {
    case 'yesno': return `Is this true for the prospect: ${words}?`;
    case 'choice': return options ? `What is the prospect's ${words}: ${options}?` : `What is the prospect's ${words}?`;
    case 'tags': return options ? `Which of these apply to the prospect's ${words}: ${options}?` : `What about the prospect's ${words}?`;
    case 'money': return `What is the prospect's ${words}${fact.currency ? ` (in ${fact.currency})` : ''}?`;
    case 'date': return `What is the prospect's ${words} (a date)?`;
    default: return `What is the prospect's ${words}?`;
  }
}

/** The question to ask about a fact: its own `question`, else a generated one. */
export function questionFor(fact: FactSpec, language: Language): string {
  if (typeof fact.question === 'string' && fact.question.trim() !== '') return fact.question.trim();
  return generatedQuestion(fact, language);
}

// ----- verdicts ----------------------------------------------------------------------------------

const VERDICT_NAMES: Record<Language, Record<VerdictKind, string>> = {
  en: { fit: 'fit', borderline: 'borderline', 'no-fit': 'no fit', undetermined: 'open' },
  de: { fit: 'passt', borderline: 'auf der Kippe', 'no-fit': 'passt nicht', undetermined: 'noch offen' },
};

/** A verdict in words: "no fit" / "passt nicht". */
export function verdictName(kind: VerdictKind, language: Language = 'en'): string {
  return (VERDICT_NAMES[language] ?? VERDICT_NAMES.en)[kind] ?? String(kind);
}
