import type { UiStrings } from './types';

/**
 * French, with French typography: a no-break space before `:` (`\u00a0`) and a narrow no-break space before `;`
 * (`\u202f`), so the sign never starts a line; « guillemets » around quoted words. Terms: docs/terminology.fr.md.
 *
 * @example
 * ```ts
 * fr.classHeading('4xx', 'Erreur du client'); // '4xx Erreur du client'
 * ```
 */
export const fr: UiStrings = {
  protocols: { http: 'HTTP', ftp: 'FTP', websocket: 'WebSocket' },
  classHeading: (classKey, title) => `${classKey} ${title}`,
  colon: '\u00a0: ',
  separator: '\u202f; ',
  note: (text) => ` (${text})`,
  labels: {
    protocol: 'Protocole',
    class: 'Classe',
    reference: 'Référence',
    status: 'Statut',
    sendable: 'Peut être envoyé',
  },
  official: 'officiel',
  usedBy: (source) => `non officiel, utilisé par ${source}`,
  deprecated: 'déconseillé',
  obsolete: 'obsolète',
  mustNotBeSent: 'ne doit pas être envoyé',
  yes: 'oui',
  no: 'non',
  notInCatalog: (code, classKey, classTitle) =>
    `${code} ne figure pas dans le catalogue\u202f; il est interprété d’après sa classe, ${classKey} ${classTitle}.`,
  help: (
    locales,
  ) => `status-i18n\u00a0: codes de statut HTTP, réponses FTP et codes de fermeture WebSocket, en plusieurs langues

Utilisation\u00a0:
  status-i18n <code> [--ftp | --ws] [--lang <langue>] [--json]
  status-i18n search <mots...> [--http | --ftp | --ws] [--lang <langue>] [--json]
  status-i18n list [--http | --ftp | --ws] [--lang <langue>] [--json]
  status-i18n docs [--lang <langue>]

Commandes\u00a0:
  <code>          ce que signifie un code\u00a0: titre, description, classe, référence, statut
  search <mots>   les codes dont le titre ou la description contient ces mots, dans n’importe quelle langue
  list            tous les codes d’un protocole, par classe
  docs            la page de référence Markdown de tout le catalogue

Options\u00a0:
  --http          codes de statut HTTP (par défaut)
  --ftp           codes de réponse FTP
  --ws            codes de fermeture WebSocket
  -l, --lang      langue\u00a0: ${locales.join(', ')}\u202f; par défaut, d’après LC_ALL, LC_MESSAGES ou LANG
  --json          le résultat de describe() du catalogue, en JSON
  -h, --help      cette aide
  -v, --version   la version

Code de sortie\u00a0: 0 trouvé, 1 code inconnu ou aucun résultat, 2 ligne de commande incorrecte, 3 sortie impossible à écrire.

Exemples\u00a0:
  status-i18n 404
  status-i18n 550 --ftp --lang fr
  status-i18n search passerelle
  status-i18n list --ws
`,
  errors: {
    unknownCode: (code, protocol) =>
      `${code} n’est pas un code ${protocol} valide\u00a0: aucune classe ne le contient.`,
    notACode: (value) =>
      `«\u00a0${value}\u00a0» n’est ni un code (un nombre entier) ni une commande (search, list, docs).`,
    conflictingProtocols: (flags) =>
      `${flags.join(' et ')} ne peuvent pas être utilisées ensemble\u00a0: choisissez un seul protocole.`,
    unknownOption: (option) => `option inconnue ${option}.`,
    optionTakesNoValue: (option) => `${option} n’accepte pas de valeur.`,
    optionNeedsValue: (option) => `${option} exige une valeur, par exemple ${option} fr.`,
    unexpectedArgument: (argument, command) => `argument inattendu «\u00a0${argument}\u00a0» après ${command}.`,
    optionNotForCommand: (option, command) => `${option} ne peut pas être utilisée avec ${command}.`,
    missingQuery: 'search exige des mots à chercher, par exemple status-i18n search passerelle.',
    noResults: (query) => `aucun code ne contient «\u00a0${query}\u00a0» dans son titre ou sa description.`,
    badLanguageTag: (tag) => `«\u00a0${tag}\u00a0» n’est pas une étiquette de langue (par exemple en, fr, zh-CN).`,
    languageFallback: (tag, used) => `aucun texte en «\u00a0${tag}\u00a0»\u202f; affichage en ${used}.`,
    seeHelp: 'Lancez status-i18n --help pour voir l’utilisation.',
  },
  docs: {
    title: 'Référence des codes de statut\u00a0: HTTP, FTP et WebSocket',
    generated: (command) =>
      `Généré par \`${command}\` à partir du catalogue de @status-i18n/core. Ne pas modifier\u00a0: relancez la commande pour le mettre à jour.`,
    intro:
      'Tous les codes du catalogue de @status-i18n/core, par classe. Les codes marqués non officiels ne sont pas ' +
      'enregistrés auprès de l’IANA mais sont largement utilisés\u202f; la note indique qui les utilise. Un code ' +
      'absent de la liste est interprété d’après sa classe (RFC 9110, section 15).',
    sections: { http: 'HTTP', ftp: 'FTP', websocket: 'Codes de fermeture WebSocket' },
    websocketIntro:
      'Le code qu’une extrémité place dans une trame Close, et celui qu’un client voit dans l’événement close. ' +
      'Les codes qui ne doivent pas être envoyés ne font que signaler localement ce qui s’est passé ' +
      '(RFC 6455, section 7.4).',
    rangesHeading: 'Plages',
    websocketTable: {
      code: 'Code',
      name: 'Nom',
      title: 'Titre',
      description: 'Description',
      sendable: 'Peut être envoyé',
      reference: 'Référence',
    },
    rangeTable: { range: 'Plage', title: 'Titre', description: 'Description' },
  },
};
