// The built-in reply templates and the neutral words a draft falls back on, in English and in
// German (addressing the client with "Sie" or "du"). Short and warm: thanks for the
// conversation, the reasons that may be told, then the colleague with an offer to introduce, or
// the open questions. The profile's own `replies:` replace any of the templates.
import type { Language, ReplyAddress, ReplyKind } from '../../../shared/src/types';

/** Which set of words: English, or German with the form of address. */
export type ReplyVoice = 'en' | 'de-Sie' | 'de-du';

export function voiceOf(language: Language, address: ReplyAddress | undefined): ReplyVoice {
  if (language !== 'de') return 'en';
  return address === 'du' ? 'de-du' : 'de-Sie';
}

export interface ReplyWords {
  templates: Record<ReplyKind, string>;
  /** Replaces the greeting line when the contact's name is not known. */
  greeting: string;
  /** `{reasons}` when no unmet criterion has a `tellClient` text. */
  noReasons: string;
  /** `{questions}` when nothing is left to ask (or nothing that may be asked in a letter). */
  noQuestions: string;
}

const EN: ReplyWords = {
  templates: {
    decline: `Hello {contact},

thank you for the open conversation and for thinking of me.

I have thought it over carefully and decided not to take on this project. I would like to be honest about why:
{reasons}

This says nothing against your plans – they deserve someone who truly fits them, and I hope you find that person soon.

All the best,
{owner}
`,
    refer: `Hello {contact},

thank you for the open conversation and for thinking of me.

I have thought it over carefully, and I am not the best choice for this project:
{reasons}

But I know someone who could be a very good fit: {colleague}.
{colleagueNote}
You can reach {colleague} at {colleagueContact}.
If you like, I will gladly introduce you – a short reply is all it takes.

All the best,
{owner}
`,
    ask: `Hello {contact},

thank you for the good conversation. Before I tell you whether and how I can help, I would like to clarify a few points with you:

{questions}

Feel free to answer right here, or we go through them in a short call – whichever suits you better.

All the best,
{owner}
`,
  },
  greeting: 'Hello,',
  noReasons: 'After our conversation I am convinced that someone else can serve your project better than I could.',
  noQuestions: 'Could we talk once more about how working together would look in practice?',
};

const DE_SIE: ReplyWords = {
  templates: {
    decline: `Guten Tag {contact},

vielen Dank für das offene Gespräch und Ihr Vertrauen.

Ich habe in Ruhe über Ihr Vorhaben nachgedacht und mich entschieden, es nicht zu übernehmen. Ich möchte Ihnen offen sagen, warum:
{reasons}

Das spricht nicht gegen Ihr Vorhaben – es verdient nur jemanden, der wirklich dazu passt. Ich wünsche Ihnen, dass Sie diese Person bald finden.

Herzliche Grüße
{owner}
`,
    refer: `Guten Tag {contact},

vielen Dank für das offene Gespräch und Ihr Vertrauen.

Ich habe in Ruhe über Ihr Vorhaben nachgedacht und komme zu dem Schluss, dass ich nicht die beste Wahl dafür bin:
{reasons}

Ich kenne aber jemanden, der sehr gut passen könnte: {colleague}.
{colleagueNote}
Sie erreichen {colleague} unter {colleagueContact}.
Wenn Sie möchten, stelle ich gern den Kontakt her – eine kurze Antwort genügt.

Herzliche Grüße
{owner}
`,
    ask: `Guten Tag {contact},

vielen Dank für das gute Gespräch. Bevor ich Ihnen sage, ob und wie ich Sie unterstützen kann, möchte ich noch ein paar Punkte mit Ihnen klären:

{questions}

Antworten Sie gern direkt auf diese Mail, oder wir besprechen es in einem kurzen Telefonat – wie es Ihnen lieber ist.

Herzliche Grüße
{owner}
`,
  },
  greeting: 'Guten Tag,',
  noReasons: 'Nach unserem Gespräch bin ich überzeugt, dass Ihr Vorhaben bei jemand anderem besser aufgehoben ist.',
  noQuestions: 'Lassen Sie uns noch einmal kurz besprechen, wie eine Zusammenarbeit konkret aussehen würde.',
};

const DE_DU: ReplyWords = {
  templates: {
    decline: `Hallo {contact},

danke dir für das offene Gespräch und dein Vertrauen.

Ich habe in Ruhe über dein Vorhaben nachgedacht und mich entschieden, es nicht zu übernehmen. Ich möchte dir offen sagen, warum:
{reasons}

Das spricht nicht gegen dein Vorhaben – es verdient nur jemanden, der wirklich dazu passt. Ich wünsche dir, dass du diese Person bald findest.

Viele Grüße
{owner}
`,
    refer: `Hallo {contact},

danke dir für das offene Gespräch und dein Vertrauen.

Ich habe in Ruhe über dein Vorhaben nachgedacht und komme zu dem Schluss, dass ich nicht die beste Wahl dafür bin:
{reasons}

Ich kenne aber jemanden, der sehr gut passen könnte: {colleague}.
{colleagueNote}
Du erreichst {colleague} unter {colleagueContact}.
Wenn du möchtest, stelle ich gern den Kontakt her – eine kurze Antwort genügt.

Viele Grüße
{owner}
`,
    ask: `Hallo {contact},

danke dir für das gute Gespräch. Bevor ich dir sage, ob und wie ich dich unterstützen kann, möchte ich noch ein paar Punkte mit dir klären:

{questions}

Antworte gern direkt auf diese Mail, oder wir besprechen es kurz am Telefon – wie es dir lieber ist.

Viele Grüße
{owner}
`,
  },
  greeting: 'Hallo,',
  noReasons: 'Nach unserem Gespräch bin ich überzeugt, dass dein Vorhaben bei jemand anderem besser aufgehoben ist.',
  noQuestions: 'Lass uns noch einmal kurz besprechen, wie eine Zusammenarbeit konkret aussehen würde.',
};

const WORDS: Record<ReplyVoice, ReplyWords> = { en: EN, 'de-Sie': DE_SIE, 'de-du': DE_DU };

export function replyWords(voice: ReplyVoice): ReplyWords {
  return WORDS[voice];
}
