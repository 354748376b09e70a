import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/** French titles and descriptions of WebSocket close codes and ranges (terms: docs/terminology.fr.md). */
export const websocket = {
  '0-999': {
    title: 'Inutilisés',
    description:
      'Les codes de fermeture inférieurs à 1000 ne sont pas utilisés. Une extrémité ne doit pas les envoyer.',
  },
  '1000-2999': {
    title: 'Réservés au protocole',
    description:
      'Réservés au protocole WebSocket, à ses révisions futures et aux extensions dotées d’une spécification ' +
      'publique. Les codes de cette plage qui ne sont pas encore enregistrés ne doivent pas être utilisés.',
  },
  '3000-3999': {
    title: 'Bibliothèques, frameworks et applications',
    description:
      'À l’usage des bibliothèques, des frameworks et des applications. Les codes sont enregistrés auprès de l’IANA ' +
      'selon le principe du premier arrivé, premier servi, et leur signification est fixée par qui les a enregistrés.',
  },
  '4000-4999': {
    title: 'Usage privé',
    description:
      'À l’usage privé des applications, avec une signification convenue entre les deux extrémités. Ces codes ne ' +
      'peuvent pas être enregistrés.',
  },

  1000: {
    title: 'Fermeture normale',
    description:
      'La connexion a été fermée normalement\u00a0: l’objectif pour lequel elle avait été ouverte est atteint.',
  },
  1001: {
    title: 'Départ',
    description:
      'L’extrémité s’en va, par exemple parce que le serveur s’arrête ou que le navigateur a quitté la page.',
  },
  1002: {
    title: 'Erreur de protocole',
    description: 'La connexion a été fermée, car l’autre extrémité a enfreint le protocole WebSocket.',
  },
  1003: {
    title: 'Données non prises en charge',
    description:
      'L’extrémité a reçu un type de données qu’elle ne peut pas accepter, par exemple un message binaire alors ' +
      'qu’elle ne traite que du texte.',
  },
  1004: {
    title: 'Réservé',
    description: 'Réservé\u202f; une signification pourra être définie à l’avenir. Il ne devrait pas être envoyé.',
  },
  1005: {
    title: 'Aucun code de statut reçu',
    description:
      'Signalé localement lorsqu’une trame Close est arrivée sans code de statut. Il ne doit jamais être envoyé dans ' +
      'une trame Close.',
  },
  1006: {
    title: 'Fermeture anormale',
    description:
      'Signalé localement lorsque la connexion a été perdue sans trame Close, par exemple à cause d’une coupure du ' +
      'réseau. Il ne doit jamais être envoyé dans une trame Close.',
  },
  1007: {
    title: 'Données de trame non valides',
    description:
      'L’extrémité a reçu des données qui ne correspondent pas au type du message, par exemple des octets qui ne ' +
      'sont pas de l’UTF-8 valide dans un message texte.',
  },
  1008: {
    title: 'Violation de politique',
    description:
      'L’extrémité a reçu un message qui enfreint sa politique. Ce code générique sert quand aucun code plus précis ' +
      '(comme 1003 ou 1009) ne convient, ou quand les détails de la politique doivent rester cachés.',
  },
  1009: {
    title: 'Message trop volumineux',
    description: 'L’extrémité a reçu un message trop volumineux pour qu’elle puisse le traiter.',
  },
  1010: {
    title: 'Extension obligatoire',
    description:
      'Le client a fermé la connexion, car le serveur n’a pas accepté une ou plusieurs extensions exigées par le ' +
      'client. Les extensions manquantes devraient être énumérées dans le motif de fermeture.',
  },
  1011: {
    title: 'Erreur interne',
    description: 'Le serveur a fermé la connexion, car une situation inattendue l’a empêché de satisfaire la requête.',
  },
  1012: {
    title: 'Redémarrage du service',
    description:
      'Le serveur a fermé la connexion, car il redémarre. Le client peut se reconnecter après un délai ' +
      'aléatoire\u202f; un délai de 5 à 30 secondes est conseillé.',
  },
  1013: {
    title: 'Réessayez plus tard',
    description:
      'Le serveur a fermé la connexion en raison d’une situation temporaire, par exemple une surcharge. Le client ' +
      'peut se reconnecter plus tard.',
  },
  1014: {
    title: 'Passerelle incorrecte',
    description:
      'Le serveur, agissant comme passerelle ou proxy, a reçu une réponse non valide du serveur en amont. C’est ' +
      'l’équivalent WebSocket du code HTTP 502.',
  },
  1015: {
    title: 'Échec de la négociation TLS',
    description:
      'Signalé localement lorsque la connexion a été fermée à cause de l’échec de la négociation TLS, par exemple ' +
      'parce que le certificat du serveur n’a pas pu être vérifié. Il ne doit jamais être envoyé dans une trame ' +
      'Close.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
