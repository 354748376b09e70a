import type { UiStrings } from './types';

/**
 * Brazilian Portuguese, in the words of Brazilian developer documentation (requisição, resposta, código de status).
 *
 * @example
 * ```ts
 * ptBr.classHeading('4xx', 'Erro do cliente'); // '4xx Erro do cliente'
 * ```
 */
export const ptBr: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: ': ',
  separator: '; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: 'Protocolo',
    class: 'Classe',
    reference: 'Referência',
    status: 'Situação',
    sendable: 'Pode ser enviado',
  },
  official: 'oficial',
  usedBy: (source) => `não oficial, usado por ${source}`,
  deprecated: 'descontinuado',
  obsolete: 'obsoleto',
  mustNotBeSent: 'não deve ser enviado',
  yes: 'sim',
  no: 'não',
  notInCatalog: (code, classKey, classTitle) =>
    `${code} não está no catálogo; é interpretado pela sua classe, ${classKey} ${classTitle}.`,
  help: (
    locales,
  ) => `status-i18n: códigos de status HTTP, respostas FTP e códigos de fechamento WebSocket, em vários idiomas

Uso:
  status-i18n <código> [--ftp | --ws] [--lang <idioma>] [--json]
  status-i18n search <palavras...> [--http | --ftp | --ws] [--lang <idioma>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <idioma>] [--json]
  status-i18n docs [--lang <idioma>]

Comandos:
  <código>           o que um código significa: título, descrição, classe, referência, situação
  search <palavras>  códigos cujo título ou descrição contém as palavras, em qualquer idioma
  list               todos os códigos de um protocolo, por classe
  docs               a página de referência em Markdown de todo o catálogo

Opções:
  --http             códigos de status HTTP (o padrão)
  --ftp              códigos de resposta FTP
  --ws               códigos de fechamento WebSocket
  -l, --lang         idioma: ${locales.join(', ')}; padrão obtido de LC_ALL, LC_MESSAGES ou LANG
  --json             o resultado de describe() do catálogo, em JSON
  -h, --help         esta ajuda
  -v, --version      a versão

Código de saída: 0 encontrado, 1 código desconhecido ou nenhum resultado, 2 linha de comando incorreta, 3 não foi possível escrever a saída.

Exemplos:
  status-i18n 404
  status-i18n 550 --ftp --lang pt-BR
  status-i18n search gateway
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) => `${code} não é um código ${protocol} válido: nenhuma classe o contém.`,
    notACode: (value) => `'${value}' não é um código (um número inteiro) nem um comando (search, list, docs).`,
    conflictingProtocols: (flags) => `${flags.join(' e ')} não podem ser usados juntos: escolha um protocolo.`,
    unknownOption: (option) => `opção desconhecida ${option}.`,
    optionTakesNoValue: (option) => `${option} não aceita valor.`,
    optionNeedsValue: (option) => `${option} precisa de um valor, por exemplo ${option} pt-BR.`,
    unexpectedArgument: (argument, command) => `argumento inesperado '${argument}' depois de ${command}.`,
    optionNotForCommand: (option, command) => `${option} não pode ser usado com ${command}.`,
    missingQuery: 'search precisa de palavras para procurar, por exemplo status-i18n search gateway.',
    noResults: (query) => `nenhum código tem '${query}' no título ou na descrição.`,
    badLanguageTag: (tag) => `'${tag}' não é uma tag de idioma (por exemplo en, pt-BR, zh-CN).`,
    languageFallback: (tag, used) => `não há textos em '${tag}'; exibindo ${used}.`,
    seeHelp: 'Execute status-i18n --help para ver o uso.',
  },
  docs: {
    title: 'Referência de códigos de status: HTTP, FTP e WebSocket',
    generated: (command) =>
      `Gerado por \`${command}\` a partir do catálogo de @status-i18n/core. Não edite: execute o comando novamente para atualizá-lo.`,
    intro:
      'Todos os códigos do catálogo de @status-i18n/core, por classe. Os códigos marcados como não oficiais não ' +
      'estão registrados na IANA, mas são amplamente usados; a nota indica quem os usa. Um código que não ' +
      'aparece na lista é interpretado pela sua classe (RFC 9110, Seção 15).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'Códigos de fechamento WebSocket' },
    websocketIntro:
      'O código que uma extremidade coloca em um quadro Close, e o que um cliente vê no evento close. Os ' +
      'códigos que não podem ser enviados apenas informam localmente o que aconteceu (RFC 6455, Seção 7.4).',
    rangesHeading: 'Faixas',
    websocketTable: {
      code: 'Código',
      name: 'Nome',
      title: 'Título',
      description: 'Descrição',
      sendable: 'Pode ser enviado',
      reference: 'Referência',
    },
    rangeTable: { range: 'Faixa', title: 'Título', description: 'Descrição' },
  },
};
