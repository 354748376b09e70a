import { builtInValidationMessages, type ValidationMessages } from '@status-i18n/core';
import { de } from '@status-i18n/core/locales/de';
import { es } from '@status-i18n/core/locales/es';
import { fr } from '@status-i18n/core/locales/fr';
import { ja } from '@status-i18n/core/locales/ja';
import { ko } from '@status-i18n/core/locales/ko';
import { ptBr } from '@status-i18n/core/locales/pt-BR';
import { ru } from '@status-i18n/core/locales/ru';
import { IntlMessageFormat } from 'intl-messageformat';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

// The element types of @formatjs/icu-messageformat-parser that name an argument, and its select.
const LITERAL = 0;
const POUND = 7;
const SELECT = 5;

/**
 * The arguments a message uses, and the options of its selects: what a translation must keep. Plural forms
 * are left out, as they differ by language (`one` in English, none in Chinese).
 */
function argumentsOf(elements: readonly Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type !== LITERAL && element.type !== POUND) found.add(String(element.value));
    for (const [option, branch] of Object.entries(element.options ?? {})) {
      if (element.type === SELECT) found.add(`${element.value}:${option}`);
      argumentsOf(branch.value, found);
    }
  }
  return found;
}

const reference = builtInValidationMessages.en as ValidationMessages;
const keys = Object.keys(reference) as Array<keyof ValidationMessages>;

describe('builtInValidationMessages', () => {
  it('ships en, zh-CN and zh-TW', () => {
    expect(Object.keys(builtInValidationMessages)).toEqual(['en', 'zh-CN', 'zh-TW']);
  });

  // The shipped words, and those of every language pack.
  const locales: Array<[string, ValidationMessages]> = [
    ...Object.entries(builtInValidationMessages),
    ...[de, es, fr, ja, ko, ptBr, ru].map((pack): [string, ValidationMessages] => [pack.locale, pack.validation]),
  ];

  describe.each(locales)('%s', (locale, messages) => {
    it('has every message of the reference, and no other', () => {
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    });

    it.each(keys)('"%s" is valid ICU with the same arguments and select options as English', (key) => {
      const ast = new IntlMessageFormat(messages[key], locale, undefined, { ignoreTag: true }).getAst();
      const english = new IntlMessageFormat(reference[key], 'en', undefined, { ignoreTag: true }).getAst();
      expect(argumentsOf(ast as Element[])).toEqual(argumentsOf(english as Element[]));
    });
  });
});
