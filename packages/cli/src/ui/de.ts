import type { UiStrings } from './types';

/**
 * German, with the terms of the German catalog (Statuscode, Antwortcode, Close-Code) and German quotation marks
 * around what the user typed.
 *
 * @example
 * ```ts
 * de.classHeading('4xx', 'Clientfehler'); // '4xx Clientfehler'
 * ```
 */
export const de: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: ': ',
  separator: '; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: 'Protokoll',
    class: 'Klasse',
    reference: 'Referenz',
    status: 'Status',
    sendable: 'Darf gesendet werden',
  },
  official: 'offiziell',
  usedBy: (source) => `inoffiziell, verwendet von ${source}`,
  deprecated: 'veraltet',
  obsolete: 'obsolet',
  mustNotBeSent: 'darf nicht gesendet werden',
  yes: 'ja',
  no: 'nein',
  notInCatalog: (code, classKey, classTitle) =>
    `${code} steht nicht im Katalog; der Code wird nach seiner Klasse verstanden: ${classKey} ${classTitle}.`,
  help: (locales) => `status-i18n: HTTP-Statuscodes, FTP-Antwortcodes und WebSocket-Close-Codes in mehreren Sprachen

Aufruf:
  status-i18n <Code> [--ftp | --ws] [--lang <Sprache>] [--json]
  status-i18n search <Wörter...> [--http | --ftp | --ws] [--lang <Sprache>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <Sprache>] [--json]
  status-i18n docs [--lang <Sprache>]

Befehle:
  <Code>          Bedeutung eines Codes: Titel, Beschreibung, Klasse, Referenz, Status
  search <Wörter> Codes, deren Titel oder Beschreibung die Wörter enthält, in jeder Sprache
  list            alle Codes eines Protokolls, nach Klassen
  docs            die Markdown-Referenzseite des gesamten Katalogs

Optionen:
  --http          HTTP-Statuscodes (Standard)
  --ftp           FTP-Antwortcodes
  --ws            WebSocket-Close-Codes
  -l, --lang      Sprache: ${locales.join(', ')}; Standard aus LC_ALL, LC_MESSAGES oder LANG
  --json          das Ergebnis von describe() des Katalogs als JSON
  -h, --help      diese Hilfe
  -v, --version   die Version

Exit-Status: 0 gefunden, 1 unbekannter Code oder kein Treffer, 2 fehlerhafte Befehlszeile, 3 Ausgabe nicht schreibbar.

Beispiele:
  status-i18n 404
  status-i18n 550 --ftp --lang de
  status-i18n search Gateway
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} ist kein gültiger ${protocol}-Code: Keine Klasse enthält ihn.`,
    notACode: (value) => `„${value}“ ist weder ein Code (eine ganze Zahl) noch ein Befehl (search, list, docs).`,
    conflictingProtocols: (flags) =>
      `${flags.join(' und ')} können nicht zusammen verwendet werden: nur ein Protokoll wählen.`,
    unknownOption: (option) => `unbekannte Option ${option}.`,
    optionTakesNoValue: (option) => `${option} nimmt keinen Wert an.`,
    optionNeedsValue: (option) => `${option} benötigt einen Wert, z. B. ${option} de.`,
    unexpectedArgument: (argument, command) => `unerwartetes Argument „${argument}“ nach ${command}.`,
    optionNotForCommand: (option, command) => `${option} kann nicht mit ${command} verwendet werden.`,
    missingQuery: 'search benötigt Suchwörter, z. B. status-i18n search Gateway.',
    noResults: (query) => `kein Code enthält „${query}“ im Titel oder in der Beschreibung.`,
    badLanguageTag: (tag) => `„${tag}“ ist kein Sprach-Tag (z. B. en, de, zh-CN).`,
    languageFallback: (tag, used) => `keine Texte in „${tag}“; angezeigt wird ${used}.`,
    seeHelp: 'status-i18n --help zeigt die Verwendung.',
  },
  docs: {
    title: 'Statuscode-Referenz: HTTP, FTP und WebSocket',
    generated: (command) =>
      `Erzeugt von \`${command}\` aus dem Katalog von @status-i18n/core. Nicht bearbeiten: zum Aktualisieren den Befehl erneut ausführen.`,
    intro:
      'Alle Codes des Katalogs von @status-i18n/core, nach Klassen geordnet. Als inoffiziell markierte Codes sind ' +
      'nicht bei der IANA registriert, aber weit verbreitet; der Vermerk nennt, wer sie verwendet. Ein nicht ' +
      'aufgeführter Code wird nach seiner Klasse verstanden (RFC 9110, Abschnitt 15).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket-Close-Codes' },
    websocketIntro:
      'Der Code, den ein Endpunkt in einen Close-Frame schreibt, und der, den ein Client im close-Ereignis sieht. ' +
      'Codes, die nicht gesendet werden dürfen, melden nur lokal, was geschehen ist (RFC 6455, Abschnitt 7.4).',
    rangesHeading: 'Bereiche',
    websocketTable: {
      code: 'Code',
      name: 'Name',
      title: 'Titel',
      description: 'Beschreibung',
      sendable: 'Darf gesendet werden',
      reference: 'Referenz',
    },
    rangeTable: { range: 'Bereich', title: 'Titel', description: 'Beschreibung' },
  },
};
