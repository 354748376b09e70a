import type { UiStrings } from './types';

/**
 * Spanish, neutral for Spain and Latin America, in the impersonal style of Spanish developer documentation
 * (solicitud, respuesta, encabezado, código de estado).
 *
 * @example
 * ```ts
 * es.classHeading('4xx', 'Error del cliente'); // '4xx Error del cliente'
 * ```
 */
export const es: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: ': ',
  separator: '; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: 'Protocolo',
    class: 'Clase',
    reference: 'Referencia',
    status: 'Estado',
    sendable: 'Se puede enviar',
  },
  official: 'oficial',
  usedBy: (source) => `no oficial, lo usa ${source}`,
  deprecated: 'en desuso',
  obsolete: 'obsoleto',
  mustNotBeSent: 'no debe enviarse',
  yes: 'sí',
  no: 'no',
  notInCatalog: (code, classKey, classTitle) =>
    `${code} no está en el catálogo; se interpreta según su clase, ${classKey} ${classTitle}.`,
  help: (locales) => `status-i18n: códigos HTTP, respuestas FTP y códigos de cierre de WebSocket, en varios idiomas

Uso:
  status-i18n <código> [--ftp | --ws] [--lang <etiqueta>] [--json]
  status-i18n search <palabras...> [--http | --ftp | --ws] [--lang <etiqueta>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <etiqueta>] [--json]
  status-i18n docs [--lang <etiqueta>]

Comandos:
  <código>          qué significa un código: título, descripción, clase, referencia, estado
  search <palabras> códigos cuyo título o descripción contiene las palabras, en cualquier idioma
  list              todos los códigos de un protocolo, por clase
  docs              la página de referencia en Markdown de todo el catálogo

Opciones:
  --http            códigos de estado HTTP (predeterminado)
  --ftp             códigos de respuesta FTP
  --ws              códigos de cierre de WebSocket
  -l, --lang        idioma: ${locales.join(', ')}; por defecto, el de LC_ALL, LC_MESSAGES o LANG
  --json            el resultado de describe() del catálogo, en JSON
  -h, --help        esta ayuda
  -v, --version     la versión

Estado de salida: 0 encontrado, 1 código desconocido o sin coincidencias, 2 línea de comandos incorrecta, 3 no se pudo escribir la salida.

Ejemplos:
  status-i18n 404
  status-i18n 550 --ftp --lang es
  status-i18n search puerta de enlace
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} no es un código ${protocol} válido: ninguna clase lo contiene.`,
    notACode: (value) => `'${value}' no es un código (un número entero) ni un comando (search, list, docs).`,
    conflictingProtocols: (flags) => `${flags.join(' y ')} no se pueden usar juntos: elija un solo protocolo.`,
    unknownOption: (option) => `opción desconocida: ${option}.`,
    optionTakesNoValue: (option) => `${option} no admite ningún valor.`,
    optionNeedsValue: (option) => `${option} necesita un valor, p. ej., ${option} es.`,
    unexpectedArgument: (argument, command) => `argumento inesperado '${argument}' después de ${command}.`,
    optionNotForCommand: (option, command) => `${option} no se puede usar con ${command}.`,
    missingQuery: 'search necesita palabras que buscar, p. ej., status-i18n search puerta de enlace.',
    noResults: (query) => `ningún código contiene '${query}' en su título o descripción.`,
    badLanguageTag: (tag) => `'${tag}' no es una etiqueta de idioma (p. ej., es, es-419, en, zh-CN).`,
    languageFallback: (tag, used) => `no hay textos en '${tag}'; se muestra ${used}.`,
    seeHelp: 'Ejecute status-i18n --help para ver el uso.',
  },
  docs: {
    title: 'Referencia de códigos de estado: HTTP, FTP y WebSocket',
    generated: (command) =>
      `Generado por \`${command}\` a partir del catálogo de @status-i18n/core. No lo edite: ejecute de nuevo el comando para actualizarlo.`,
    intro:
      'Todos los códigos del catálogo de @status-i18n/core, por clase. Los códigos marcados como no oficiales no ' +
      'están registrados en IANA, pero se usan ampliamente; la nota indica quién los usa. Un código que no ' +
      'aparece en la lista se interpreta según su clase (RFC 9110, sección 15).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'Códigos de cierre de WebSocket' },
    websocketIntro:
      'El código que un extremo pone en una trama de cierre y el que un cliente ve en el evento close. Los ' +
      'códigos que no deben enviarse solo informan localmente de lo que ocurrió (RFC 6455, sección 7.4).',
    rangesHeading: 'Rangos',
    websocketTable: {
      code: 'Código',
      name: 'Nombre',
      title: 'Título',
      description: 'Descripción',
      sendable: 'Se puede enviar',
      reference: 'Referencia',
    },
    rangeTable: { range: 'Rango', title: 'Título', description: 'Descripción' },
  },
};
