// A question to ask, as a list shows it to the consultant: the fact's label before the question
// when the profile gives one and the question does not say it already ("Nimmt Rat an: Was soll
// passieren, wenn …?"), else the question alone. Never the fact's id: that is the key in the file,
// not a word for the reader. A letter to the client takes the question alone (replies.ts).
import type { Question } from '../types';

/** The label that adds something to the question, or undefined. */
export function questionLabel(q: Pick<Question, 'question' | 'label'>): string | undefined {
  const label = typeof q.label === 'string' ? q.label.trim() : '';
  if (label === '' || String(q.question).toLocaleLowerCase().includes(label.toLocaleLowerCase())) return undefined;
  return label;
}

/** "Nimmt Rat an: Was soll passieren, wenn …?", or the question alone. */
export function questionLine(q: Pick<Question, 'question' | 'label'>): string {
  const label = questionLabel(q);
  return label ? `${label}: ${q.question}` : q.question;
}
