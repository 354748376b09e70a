import {
  type CodeFacts,
  ftpClasses,
  ftpCodes,
  httpClasses,
  httpCodes,
  type Message,
  type Protocol,
  websocketClasses,
  websocketCodes,
} from '@status-i18n/core';
import { builtInMessages, REFERENCE_LOCALE } from '../src/locales';

const protocols: readonly Protocol[] = ['http', 'ftp', 'websocket'];
const SHIPPED = ['en', 'zh-CN', 'zh-TW'];
const TRANSLATIONS = ['zh-CN', 'zh-TW'];

type Table = Readonly<Record<string, Partial<Message> | undefined>>;

function messagesOf(locale: string, protocol: Protocol): Table {
  return (builtInMessages[locale]?.[protocol] ?? {}) as Table;
}

/** Every code and class key of a protocol, from the code tables rather than from any locale. */
const idsOf: Readonly<Record<Protocol, readonly string[]>> = {
  http: [...Object.keys(httpClasses), ...Object.keys(httpCodes as Readonly<Record<number, CodeFacts>>)],
  ftp: [...Object.keys(ftpClasses), ...Object.keys(ftpCodes as Readonly<Record<number, CodeFacts>>)],
  websocket: [...Object.keys(websocketClasses), ...Object.keys(websocketCodes as Readonly<Record<number, CodeFacts>>)],
};

/** `'http 404 title'` for each code or class key of `en` whose title or description `locale` lacks. */
function missingIn(locale: string): string[] {
  const missing: string[] = [];
  for (const protocol of protocols) {
    const reference = messagesOf(REFERENCE_LOCALE, protocol);
    const messages = messagesOf(locale, protocol);
    for (const id of Object.keys(reference)) {
      for (const field of ['title', 'description'] as const) {
        if (typeof messages[id]?.[field] !== 'string') missing.push(`${protocol} ${id} ${field}`);
      }
    }
  }
  return missing;
}

/** Every `[protocol id field, text]` of a locale. */
function textsOf(locale: string): [string, string][] {
  return protocols.flatMap((protocol) =>
    Object.entries(messagesOf(locale, protocol)).flatMap(([id, message]) =>
      (['title', 'description'] as const).map((field): [string, string] => [
        `${protocol} ${id} ${field}`,
        String(message?.[field]),
      ]),
    ),
  );
}

describe('builtInMessages', () => {
  it('ships en, zh-CN and zh-TW', () => {
    expect(Object.keys(builtInMessages)).toEqual(SHIPPED);
  });

  it('has en words for every code and class of the catalog', () => {
    const missing = protocols.flatMap((protocol) =>
      idsOf[protocol].filter((id) => messagesOf('en', protocol)[id] === undefined).map((id) => `${protocol} ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(TRANSLATIONS)('has a title and a description for every code and class in %s', (locale) => {
    expect(missingIn(locale)).toEqual([]);
  });

  it.each(TRANSLATIONS)('has no words in %s for codes the catalog lacks', (locale) => {
    const extra = protocols.flatMap((protocol) =>
      Object.keys(messagesOf(locale, protocol))
        .filter((id) => !idsOf[protocol].includes(id))
        .map((id) => `${protocol} ${id}`),
    );
    expect(extra).toEqual([]);
  });

  it.each(SHIPPED)('has no empty or padded strings in %s', (locale) => {
    const empty = textsOf(locale)
      .filter(([, text]) => text.trim() === '' || text !== text.trim())
      .map(([id]) => id);
    expect(empty).toEqual([]);
  });

  it.each(SHIPPED)('ends every description in %s with a full stop', (locale) => {
    const fullStop = locale === 'en' ? /\.$/ : /。$/;
    const unfinished = textsOf(locale)
      .filter(([id, text]) => id.endsWith(' description') && !fullStop.test(text))
      .map(([id]) => id);
    expect(unfinished).toEqual([]);
  });
});
