import {
  closeReason,
  createCatalog,
  type LocalePack,
  type Protocol,
  type ResolvedProblem,
  resolveProblem,
  validationProblem,
} from '@status-i18n/core';
import { de } from '@status-i18n/core/locales/de';
import { es } from '@status-i18n/core/locales/es';
import { fr } from '@status-i18n/core/locales/fr';
import { ja } from '@status-i18n/core/locales/ja';
import { ko } from '@status-i18n/core/locales/ko';
import { ptBr } from '@status-i18n/core/locales/pt-BR';
import { ru } from '@status-i18n/core/locales/ru';
import { z } from 'zod4';
import { builtInMessages } from '../src/locales';
import { validation as englishValidation } from '../src/locales/en/validation';
import { HTML_LABEL_NAMES } from '../src/locales/html-labels';

const PACKS: readonly LocalePack[] = [de, es, fr, ja, ko, ptBr, ru];
const protocols: readonly Protocol[] = ['http', 'ftp', 'websocket'];
const english = builtInMessages.en as unknown as Record<
  Protocol,
  Record<string, { title: string; description: string }>
>;

/** Every `[protocol id field, text]` of a pack. */
function textsOf(pack: LocalePack): Array<[string, string]> {
  return protocols.flatMap((protocol) =>
    Object.entries(pack[protocol] as Record<string, { title: string; description: string }>).flatMap(
      ([id, message]) => [
        [`${protocol} ${id} title`, message.title] as [string, string],
        [`${protocol} ${id} description`, message.description] as [string, string],
      ],
    ),
  );
}

// What each language's texts are written in. Titles may be an acronym or a product name alone ("nginx").
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  ja: /[\u3040-\u30ff\u4e00-\u9fff]/,
  ko: /[\uac00-\ud7af]/,
  ru: /[\u0400-\u04ff]/,
};

describe('language packs (@status-i18n/core/locales/*)', () => {
  it.each(PACKS.map((pack) => [pack.locale, pack] as const))(
    '%s has every code and class of every protocol, and nothing else',
    (_locale, pack) => {
      for (const protocol of protocols) {
        expect(Object.keys(pack[protocol]).sort()).toEqual(Object.keys(english[protocol]).sort());
      }
    },
  );

  it.each(PACKS.map((pack) => [pack.locale, pack] as const))('%s leaves no description in English', (_locale, pack) => {
    const untranslated = textsOf(pack)
      .filter(([where]) => where.endsWith('description'))
      .filter(([where, text]) => {
        const [protocol, id] = where.split(' ') as [Protocol, string];
        return text === english[protocol][id]?.description;
      })
      .map(([where]) => where);
    expect(untranslated).toEqual([]);
  });

  it.each(Object.entries(SCRIPTS))('%s writes every description in its own script', (locale, script) => {
    const pack = PACKS.find((candidate) => candidate.locale === locale) as LocalePack;
    const foreign = textsOf(pack)
      .filter(([where, text]) => where.endsWith('description') && !script.test(text))
      .map(([where]) => where);
    expect(foreign).toEqual([]);
  });

  it.each(PACKS.map((pack) => [pack.locale, pack] as const))(
    '%s: every WebSocket close reason fits a close frame whole (123 bytes), never cut',
    (locale, pack) => {
      const catalog = createCatalog({ locales: [pack] });
      const titles = Object.entries(pack.websocket as Record<string, { title: string }>);
      expect(titles.filter(([, { title }]) => Buffer.byteLength(title) > 123).map(([id]) => id)).toEqual([]);
      expect(closeReason(1001, { locale, catalog })).toBe(pack.websocket[1001].title);
    },
  );

  it.each(PACKS.map((pack) => [pack.locale, pack] as const))(
    // The ICU arguments of the validation words are checked with the shipped ones' (validation-locales.test.ts).
    '%s has the HTML labels and every validation message',
    (_locale, pack) => {
      expect(Object.keys(pack.html).sort()).toEqual([...HTML_LABEL_NAMES].sort());
      expect(Object.keys(pack.validation).sort()).toEqual(Object.keys(englishValidation).sort());
    },
  );

  it('is loaded only when asked: the default catalog has en, zh-CN and zh-TW', () => {
    expect(createCatalog().locales).toEqual(['en', 'zh-CN', 'zh-TW']);
    expect(createCatalog({ locales: PACKS }).locales).toEqual([
      'en',
      'zh-CN',
      'zh-TW',
      'de',
      'es',
      'fr',
      'ja',
      'ko',
      'pt-BR',
      'ru',
    ]);
  });

  it('refuses what is not a language pack', () => {
    expect(() => createCatalog({ locales: [{ locale: 'not a tag' } as never] })).toThrow(TypeError);
    expect(() => createCatalog({ locales: 'ja' as never })).toThrow(TypeError);
  });
});

describe('negotiation with every language loaded', () => {
  const catalog = createCatalog({ locales: PACKS });

  it.each([
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['fr-CA', 'fr'],
    ['fr-BE;q=0.9, en;q=0.5', 'fr'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['es-ES', 'es'],
    ['pt', 'pt-BR'],
    // The only Portuguese there is: closer to a reader in Portugal than any other language.
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['ru-RU', 'ru'],
    ['uk, ru;q=0.8', 'ru'],
    ['zh-HK', 'zh-TW'],
    ['nl, de;q=0.5', 'de'],
    ['ja;q=0, ko', 'ko'],
  ])('%s → %s', (header, locale) => {
    expect(catalog.negotiateLocale(header)).toBe(locale);
  });
});

describe('validation problems in every language', () => {
  const catalog = createCatalog({ locales: PACKS });
  const failure = z.object({ name: z.string().min(3) }).safeParse({ name: 'x' });

  it.each(PACKS.map((pack) => [pack.locale] as const))('%s words the field errors and the problem', (locale) => {
    const resolved = resolveProblem(validationProblem(failure.error), locale, {
      defaultLocale: 'en',
      validationMessages: catalog.validationMessages,
    }) as ResolvedProblem;
    expect(resolved.locale).toBe(locale);
    const [error] = resolved.extensions.errors as Array<{ detail: string }>;
    expect(error?.detail).not.toBe('Must be at least 3 characters long.');
    expect(error?.detail).toContain('3');
    expect(resolved.title).not.toBe(englishValidation.title);
  });
});
