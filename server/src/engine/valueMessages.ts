// The words of value and argument errors, in English and German. The language service shows them
// as diagnostics (in English), the engine in its reasons (in the profile's language). Each one
// names what was written and what would be right, so the user can fix the line from the message.
import { FACT_TYPES, MATCHERS, type Language } from '../../../shared/src/types';
import { orList, showPlain, showRaw } from './show';

/** Lists at most this many options in a message; a long option list is cut with "…". */
const MAX_OPTIONS = 20;

function optionList(options: readonly string[], language: Language): string {
  if (options.length === 0) return language === 'de' ? '(keine)' : '(none)';
  const shown = options.slice(0, MAX_OPTIONS);
  return shown.join(', ') + (options.length > MAX_OPTIONS ? ', …' : '');
}

/** The amounts a money value may be written as, in the words of each language. */
function moneyForms(cur: string | undefined, language: Language): string[] {
  if (cur && cur !== 'EUR') {
    return language === 'de'
      ? ['8000', `8000 ${cur}`, `8k ${cur}`, `ca. 8.000 ${cur}`, `8.000 ${cur} netto`]
      : ['8000', `8000 ${cur}`, `8k ${cur}`, `about 8,000 ${cur}`, `8,000 ${cur} net`];
  }
  return language === 'de'
    ? ['8000 EUR', '8.000 €', '8k €', '5 T€', '5000,- €', 'ca. 5.000 €', '5.000 Euro netto']
    : ['8000 EUR', '8,000 EUR', '8k EUR', '5 T€', '5000,- €', 'about 5,000 EUR', '5,000 EUR net'];
}

function moneyRangeExample(cur: string | undefined, language: Language): string {
  if (cur && cur !== 'EUR') return language === 'de' ? `3.000–6.000 ${cur}` : `3,000-6,000 ${cur}`;
  return language === 'de' ? '3.000–6.000 €' : '3,000-6,000 EUR';
}

/** "a, b or c" / "a, b oder c". */
function orWords(forms: readonly string[], language: Language): string {
  return `${forms.slice(0, -1).join(', ')} ${language === 'de' ? 'oder' : 'or'} ${forms[forms.length - 1]}`;
}

function moneyExamples(cur: string | undefined, language: Language): string {
  return orWords(moneyForms(cur, language), language);
}

/** The durations a duration value may be written as. */
const DURATION_FORMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['30m', '2h', '1d', '2w', '"3 days"', '"1 working day"', '"2 business days"', '"immediately"'],
  de: ['30m', '2h', '1d', '2w', '„3 Tage“', '„1 Werktag“', '„2 Arbeitstage“', '„sofort“'],
};
const DURATION_RANGE: Readonly<Record<Language, string>> = { en: '"2-4 weeks"', de: '„2–4 Wochen“' };

export interface ValueTexts {
  noValue(fact: string): string;
  notMoney(raw: unknown, currency: string | undefined): string;
  wrongCurrency(raw: unknown, got: string, fact: string, want: string): string;
  differentCurrencies(value: string, argument: string): string;
  notDuration(raw: unknown): string;
  /** notMoney / notDuration for a prospect's value, which may also be a range. */
  notMoneyValue(raw: unknown, currency: string | undefined): string;
  notDurationValue(raw: unknown): string;
  rangeOrder(raw: unknown, money: boolean): string;
  /** A range that meets the criterion only in part (outcome unknown), and the question for it. */
  rangePartly(range: string, expected: string): string;
  rangeQuestion(question: string, range: string, expected: string): string;
  durationNeedsUnit(n: number): string;
  notDate(raw: unknown): string;
  impossibleDate(raw: unknown): string;
  notYesNo(raw: unknown): string;
  notNumber(raw: unknown): string;
  notText(raw: unknown): string;
  notOption(raw: unknown, fact: string, options: readonly string[]): string;
  choiceIsList(fact: string, options: readonly string[]): string;
  tagsNotList(raw: unknown, fact: string): string;
  notTagList(raw: unknown, fact: string, options: readonly string[]): string;
  unknownFact(fact: string): string;
  matcherNotForType(matcher: string, type: string, allowed: readonly string[]): string;
  unknownMatcher(matcher: string): string;
  unknownType(type: string): string;
  argumentMissing(matcher: string): string;
  argumentEmpty(matcher: string): string;
  singleBound(matcher: string): string;
  betweenShape(): string;
  betweenOrder(low: unknown, high: unknown): string;
  notPhrase(matcher: string, raw: unknown): string;
  phraseTooLong(matcher: string, words: number, max: number): string;
}

const en: ValueTexts = {
  noValue: (fact) => `${fact} has no value`,
  notMoney: (raw, cur) => `${showRaw(raw)} is not an amount of money: write e.g. ${moneyExamples(cur, 'en')}`,
  notMoneyValue: (raw, cur) =>
    `${showRaw(raw)} is not an amount of money: write e.g. ${[...moneyForms(cur, 'en'), ''].join(', ')}or a range such as ${moneyRangeExample(cur, 'en')}`,
  wrongCurrency: (raw, got, fact, want) => `${showRaw(raw)} is in ${got}, but ${fact} is counted in ${want}`,
  differentCurrencies: (value, argument) =>
    `${value} and ${argument} are in different currencies (amounts are never converted)`,
  notDuration: (raw) => `${showRaw(raw)} is not a duration: write e.g. ${orWords(DURATION_FORMS.en, 'en')}`,
  notDurationValue: (raw) => `${showRaw(raw)} is not a duration: write e.g. ${[...DURATION_FORMS.en, ''].join(', ')}or a range such as ${DURATION_RANGE.en}`,
  rangeOrder: (raw, money) => `${showRaw(raw)} starts above its end: write the low end first, e.g. ${money ? moneyRangeExample(undefined, 'en') : DURATION_RANGE.en}`,
  rangePartly: (range, expected) => `the range ${range} meets "${expected}" only in part: ask where in it the value lies`,
  rangeQuestion: (question, range, expected) => `${question} (named: ${range}; wanted: ${expected})`,
  durationNeedsUnit: (n) => `${n} is not a duration without a unit: write e.g. ${n}m, ${n}h or ${n}d`,
  notDate: (raw) => `${showRaw(raw)} is not a date: write e.g. 2026-12-01, 1.12.2026, "January 2027" or "Q1 2027"`,
  impossibleDate: (raw) => `${showRaw(raw)} is not a date that exists: check the month and the day`,
  notYesNo: (raw) => `${showRaw(raw)} is not yes or no: write true or false (also yes/no, ja/nein)`,
  notNumber: (raw) => `${showRaw(raw)} is not a number: write e.g. 3 or 2.5`,
  notText: (raw) => `${showRaw(raw)} is not text: write the text on the line, or quote it`,
  notOption: (raw, fact, options) => `${showRaw(raw)} is not among the options of ${fact}: ${optionList(options, 'en')}`,
  choiceIsList: (fact, options) => `${fact} takes one value, not a list: choose one of ${optionList(options, 'en')}`,
  tagsNotList: (raw, fact) => `${fact} takes a list, not a single value: write [${showPlain(raw)}]`,
  notTagList: (raw, fact, options) =>
    `${showRaw(raw)} is not a list: ${fact} takes a list of its options, e.g. [${options.slice(0, 2).join(', ')}], or [] for none`,
  unknownFact: (fact) => `the profile has no fact named ${fact}`,
  matcherNotForType: (matcher, type, allowed) =>
    `${matcher} does not fit a ${type} fact: use ${orList(allowed, 'en')}`,
  unknownMatcher: (matcher) => `${matcher} is not a matcher: use ${orList(MATCHERS, 'en')}`,
  unknownType: (type) => `${type} is not a fact type: use ${orList(FACT_TYPES, 'en')}`,
  argumentMissing: (matcher) => `${matcher} needs a value`,
  argumentEmpty: (matcher) => `${matcher} needs at least one value`,
  singleBound: (matcher) => `${matcher} takes one value, not a list (for a range, use between: [low, high])`,
  betweenShape: () => 'between takes two bounds: write [low, high], e.g. [3000 EUR, 9000 EUR]',
  betweenOrder: (low, high) => `between: the low bound ${showPlain(low)} is above the high bound ${showPlain(high)}`,
  notPhrase: (matcher, raw) => `${matcher} looks for phrases: ${showRaw(raw)} is not a phrase (write text, e.g. "no rush")`,
  phraseTooLong: (matcher, words, max) => `${matcher} looks for phrases of at most ${max} words; this one has ${words} words`,
};

const de: ValueTexts = {
  noValue: (fact) => `${fact} hat keinen Wert`,
  notMoney: (raw, cur) => `${showRaw(raw, 'de')} ist kein Geldbetrag: schreiben Sie z. B. ${moneyExamples(cur, 'de')}`,
  notMoneyValue: (raw, cur) =>
    `${showRaw(raw, 'de')} ist kein Geldbetrag: schreiben Sie z. B. ${moneyForms(cur, 'de').join(', ')} oder einen Bereich wie ${moneyRangeExample(cur, 'de')}`,
  wrongCurrency: (raw, got, fact, want) => `${showRaw(raw, 'de')} ist in ${got}, aber ${fact} wird in ${want} gerechnet`,
  differentCurrencies: (value, argument) =>
    `${value} und ${argument} sind in verschiedenen Währungen (Beträge werden nie umgerechnet)`,
  notDuration: (raw) => `${showRaw(raw, 'de')} ist keine Dauer: schreiben Sie z. B. ${orWords(DURATION_FORMS.de, 'de')}`,
  notDurationValue: (raw) => `${showRaw(raw, 'de')} ist keine Dauer: schreiben Sie z. B. ${DURATION_FORMS.de.join(', ')} oder einen Bereich wie ${DURATION_RANGE.de}`,
  rangeOrder: (raw, money) => `${showRaw(raw, 'de')} beginnt über seinem Ende: schreiben Sie den kleineren Wert zuerst, z. B. ${money ? moneyRangeExample(undefined, 'de') : DURATION_RANGE.de}`,
  rangePartly: (range, expected) => `der Bereich ${range} erfüllt „${expected}“ nur zum Teil: fragen Sie nach, wo im Bereich der Wert liegt`,
  rangeQuestion: (question, range, expected) => `${question} (genannt: ${range}; gewünscht: ${expected})`,
  durationNeedsUnit: (n) => `${n} ist ohne Einheit keine Dauer: schreiben Sie z. B. ${n}m, ${n}h oder ${n}d`,
  notDate: (raw) => `${showRaw(raw, 'de')} ist kein Datum: schreiben Sie z. B. 2026-12-01, 1.12.2026, „Januar 2027“ oder „Q1 2027“`,
  impossibleDate: (raw) => `${showRaw(raw, 'de')} ist kein existierendes Datum: prüfen Sie Monat und Tag`,
  notYesNo: (raw) => `${showRaw(raw, 'de')} ist weder ja noch nein: schreiben Sie true oder false (auch ja/nein, yes/no)`,
  notNumber: (raw) => `${showRaw(raw, 'de')} ist keine Zahl: schreiben Sie z. B. 3 oder 2,5`,
  notText: (raw) => `${showRaw(raw, 'de')} ist kein Text: schreiben Sie den Text in die Zeile oder setzen Sie ihn in Anführungszeichen`,
  notOption: (raw, fact, options) => `${showRaw(raw, 'de')} gehört nicht zu den Optionen von ${fact}: ${optionList(options, 'de')}`,
  choiceIsList: (fact, options) => `${fact} nimmt einen Wert, keine Liste: wählen Sie einen von ${optionList(options, 'de')}`,
  tagsNotList: (raw, fact) => `${fact} nimmt eine Liste, keinen einzelnen Wert: schreiben Sie [${showPlain(raw, 'de')}]`,
  notTagList: (raw, fact, options) =>
    `${showRaw(raw, 'de')} ist keine Liste: ${fact} nimmt eine Liste seiner Optionen, z. B. [${options.slice(0, 2).join(', ')}], oder [] für keine`,
  unknownFact: (fact) => `das Profil hat keinen Fakt namens ${fact}`,
  matcherNotForType: (matcher, type, allowed) =>
    `${matcher} passt nicht zu einem Fakt vom Typ ${type}: verwenden Sie ${orList(allowed, 'de')}`,
  unknownMatcher: (matcher) => `${matcher} ist kein Vergleich: verwenden Sie ${orList(MATCHERS, 'de')}`,
  unknownType: (type) => `${type} ist kein Fakt-Typ: verwenden Sie ${orList(FACT_TYPES, 'de')}`,
  argumentMissing: (matcher) => `${matcher} braucht einen Wert`,
  argumentEmpty: (matcher) => `${matcher} braucht mindestens einen Wert`,
  singleBound: (matcher) => `${matcher} nimmt einen Wert, keine Liste (für einen Bereich: between: [von, bis])`,
  betweenShape: () => 'between nimmt zwei Grenzen: schreiben Sie [von, bis], z. B. [3000 EUR, 9000 EUR]',
  betweenOrder: (low, high) => `between: die untere Grenze ${showPlain(low, 'de')} liegt über der oberen ${showPlain(high, 'de')}`,
  notPhrase: (matcher, raw) => `${matcher} sucht nach Wendungen: ${showRaw(raw, 'de')} ist keine (schreiben Sie Text, z. B. „kein Zeitdruck“)`,
  phraseTooLong: (matcher, words, max) => `${matcher} sucht nach Wendungen von höchstens ${max} Wörtern; diese hat ${words} Wörter`,
};

export function valueTexts(language: Language = 'en'): ValueTexts {
  return language === 'de' ? de : en;
}
