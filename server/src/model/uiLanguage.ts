// The language the user reads the editor or the CLI in: that of the loaded l10n bundle (the
// editor's display language, or the CLI's --lang). @vscode/l10n does not say which bundle it
// loaded, so the bundle itself answers: its entry for the message "en" is its language code.
// Texts that follow the profile's `language:` (reasons, questions) do not use this.
import * as l10n from '@vscode/l10n';
import type { Language } from '../../../shared/src/types';

export function uiLanguage(): Language {
  return l10n.t('en') === 'de' ? 'de' : 'en';
}
