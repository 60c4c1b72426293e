// The evaluation engine's public API: pure functions over the domain types of ../types.
export { compileProfile, evaluate, evaluateCompiled, evaluateOutcomes, latestObservations, noteContradictions, type CompiledProfile, type EvaluateOptions } from './evaluate';
export {
  isUnknown, parseFactValue, parseMatcherArgument, compareOrdered, matchersFor, optionValues, factCurrency,
  parseMoney, parseDuration, parseDate, parseYesNo, parseNumber, parseChoice, parseTags, parseText,
  type FactValue, type MatcherArgument, type Money, type Ordered, type ValueResult,
} from './values';
export { applyMatcher, describeExpected, showArgument, type MatchResult } from './matchers';
export { expectedWords, generatedQuestion, questionFor, verdictName, wordsOfName } from './messages';
export { briefSentence, reasonSentence, BRIEF_MAX, type ReasonParts } from './reasonWords';
export { valueTexts, type ValueTexts } from './valueMessages';
export { computeScores, effectiveWeight, type Scores, type Weighted } from './score';
export { findPhrase, mentions, type PhraseMatch } from './phrases';
export { findContradictions, findHints, type Contradiction } from './hints';
export { labelOf, optionLabel } from './valueShown';
export { offerInWords } from './offer';
export { suggestReferrals } from './referrals';
export { parseDurationText } from './duration';
export { parseMoneyText, currencyCode } from './money';
export { parseDateText, dayNumber } from './date';
export { parseNumberText } from './numberText';
export { atFirstCall, judgeLesson, type LessonJudgement } from './lessons';
export { clientQuestions, clientReasons, draftReply, fillTemplate, replyChoices, MAX_REASONS, type DraftRefusal, type DraftResult, type ReplyChoices, type ReplyRequest } from './replies';
export { isPlaceholder, scanTemplate, type TemplatePart } from './replyTemplate';
export { replyWords, voiceOf, type ReplyVoice, type ReplyWords } from './replyTexts';
