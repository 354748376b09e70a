import type { UiStrings } from './types';

/**
 * Russian, in the terms of the Russian catalog (код состояния, код ответа FTP, код закрытия WebSocket); a code's
 * title is «название», as «заголовок» means an HTTP header there. Quotes are «ёлочки».
 *
 * @example
 * ```ts
 * ru.classHeading('4xx', 'Ошибка клиента'); // '4xx Ошибка клиента'
 * ```
 */
export const ru: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: ': ',
  separator: '; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: 'Протокол',
    class: 'Класс',
    reference: 'Источник',
    status: 'Статус',
    sendable: 'Можно отправлять',
  },
  official: 'официальный',
  usedBy: (source) => `неофициальный, используется ${source}`,
  deprecated: 'не рекомендуется',
  obsolete: 'вышел из употребления',
  mustNotBeSent: 'отправлять нельзя',
  yes: 'да',
  no: 'нет',
  notInCatalog: (code, classKey, classTitle) =>
    `Кода ${code} нет в каталоге; он трактуется по своему классу: ${classKey} ${classTitle}.`,
  help: (locales) => `status-i18n: коды состояния HTTP, коды ответов FTP и коды закрытия WebSocket на нескольких языках

Использование:
  status-i18n <код> [--ftp | --ws] [--lang <тег>] [--json]
  status-i18n search <слова...> [--http | --ftp | --ws] [--lang <тег>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <тег>] [--json]
  status-i18n docs [--lang <тег>]

Команды:
  <код>           значение кода: название, описание, класс, источник, статус
  search <слова>  коды, в названии или описании которых есть эти слова, на любом языке
  list            все коды одного протокола по классам
  docs            справочная страница всего каталога в формате Markdown

Параметры:
  --http          коды состояния HTTP (по умолчанию)
  --ftp           коды ответов FTP
  --ws            коды закрытия WebSocket
  -l, --lang      язык: ${locales.join(', ')}; по умолчанию берется из LC_ALL, LC_MESSAGES или LANG
  --json          результат describe() каталога в формате JSON
  -h, --help      эта справка
  -v, --version   версия программы

Код завершения: 0 — найдено, 1 — неизвестный код или нет совпадений, 2 — ошибка в командной строке, 3 — не удалось записать вывод.

Примеры:
  status-i18n 404
  status-i18n 550 --ftp --lang ru
  status-i18n search шлюз
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} не является допустимым кодом ${protocol}: он не входит ни в один класс.`,
    notACode: (value) => `«${value}» не является ни кодом (целым числом), ни командой (search, list, docs).`,
    conflictingProtocols: (flags) => `${flags.join(' и ')} нельзя использовать вместе: следует выбрать один протокол.`,
    unknownOption: (option) => `неизвестный параметр ${option}.`,
    optionTakesNoValue: (option) => `${option} не принимает значения.`,
    optionNeedsValue: (option) => `${option} требует значения, например ${option} ru.`,
    unexpectedArgument: (argument, command) => `лишний аргумент «${argument}» после ${command}.`,
    optionNotForCommand: (option, command) => `${option} нельзя использовать с ${command}.`,
    missingQuery: 'для search нужны слова для поиска, например status-i18n search шлюз.',
    noResults: (query) => `ни в одном названии или описании кода нет «${query}».`,
    badLanguageTag: (tag) => `«${tag}» не является тегом языка (например, en, ru, zh-CN).`,
    languageFallback: (tag, used) => `нет текстов на языке «${tag}»; используется ${used}.`,
    seeHelp: 'Справка по использованию: status-i18n --help.',
  },
  docs: {
    title: 'Справочник кодов: HTTP, FTP и WebSocket',
    generated: (command) =>
      `Создано командой \`${command}\` из каталога @status-i18n/core. Не редактировать вручную: для обновления следует снова выполнить эту команду.`,
    intro:
      'Все коды каталога @status-i18n/core по классам. Коды с пометкой «неофициальный» не зарегистрированы в ' +
      'IANA, но широко используются; в пометке указано, кто их использует. Код, которого нет в списке, ' +
      'трактуется по своему классу (RFC 9110, раздел 15).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'Коды закрытия WebSocket' },
    websocketIntro:
      'Код, который конечная точка помещает во фрейм Close, и код, который клиент видит в событии close. Коды, ' +
      'которые нельзя отправлять, только сообщают локально о том, что произошло (RFC 6455, раздел 7.4).',
    rangesHeading: 'Диапазоны',
    websocketTable: {
      code: 'Код',
      name: 'Имя',
      title: 'Название',
      description: 'Описание',
      sendable: 'Можно отправлять',
      reference: 'Источник',
    },
    rangeTable: { range: 'Диапазон', title: 'Название', description: 'Описание' },
  },
};
