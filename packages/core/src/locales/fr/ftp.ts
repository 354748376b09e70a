import type { FtpClassKey, FtpCode } from '../../codes/ftp';
import type { Message } from '../../codes/types';

/** French titles and descriptions of FTP reply codes and classes (terms: docs/terminology.fr.md). */
export const ftp = {
  '1xx': {
    title: 'Réponse positive préliminaire',
    description:
      'Le serveur a commencé l’action demandée. Une autre réponse suivra avant que le client n’envoie sa commande ' +
      'suivante.',
  },
  '2xx': {
    title: 'Réponse positive d’achèvement',
    description: 'L’action demandée a été menée à bien. Le client peut envoyer une nouvelle commande.',
  },
  '3xx': {
    title: 'Réponse positive intermédiaire',
    description:
      'La commande a été acceptée, mais le serveur a besoin d’autres informations du client, généralement la ' +
      'commande suivante d’une séquence, avant de pouvoir terminer l’action.',
  },
  '4xx': {
    title: 'Réponse négative transitoire',
    description:
      'La commande a échoué, mais la cause est temporaire. Renvoyer la même commande plus tard peut réussir.',
  },
  '5xx': {
    title: 'Réponse négative permanente',
    description:
      'La commande a échoué, et la renvoyer telle quelle échouera de la même façon. Modifiez la commande ou ses ' +
      'arguments.',
  },
  '6xx': {
    title: 'Réponse protégée',
    description:
      'La réponse est protégée par le mécanisme de sécurité négocié selon la RFC 2228. Son texte est une réponse ' +
      'encodée que le client doit décoder et vérifier pour lire la réponse réelle.',
  },

  110: {
    title: 'Réponse de marqueur de reprise',
    description:
      'Le serveur indique un marqueur de reprise sous la forme fixe «\u00a0MARK yyyy = mmmm\u00a0», qui associe le ' +
      'marqueur du client au sien. Le client peut s’en servir pour reprendre un transfert interrompu.',
  },
  120: {
    title: 'Service prêt dans nnn minutes',
    description:
      'Le serveur n’est pas encore prêt et compte accepter de nouveaux utilisateurs dans environ nnn minutes. Il ' +
      'envoie 220 dès qu’il est prêt.',
  },
  125: {
    title: 'Connexion de données déjà ouverte\u202f; début du transfert',
    description: 'Une connexion de données est déjà ouverte, et le serveur commence le transfert sur celle-ci.',
  },
  150: {
    title: 'Statut du fichier correct\u202f; ouverture de la connexion de données',
    description: 'Le fichier est prêt, et le serveur s’apprête à ouvrir la connexion de données pour le transfert.',
  },
  200: {
    title: 'Commande correcte',
    description: 'La commande a été acceptée et exécutée.',
  },
  202: {
    title: 'Commande non implémentée, superflue sur ce site',
    description:
      'Le serveur n’implémente pas cette commande, car elle n’a aucune utilité sur ce site. Il n’y avait rien à ' +
      'faire\u00a0: le client peut poursuivre.',
  },
  211: {
    title: 'Statut du système ou aide du système',
    description:
      'Le serveur renvoie son statut ou des informations d’aide générales, par exemple en réponse à STAT ou FEAT.',
  },
  212: {
    title: 'Statut du répertoire',
    description: 'Le serveur renvoie des informations de statut sur un répertoire.',
  },
  213: {
    title: 'Statut du fichier',
    description:
      'Le serveur renvoie des informations de statut sur un fichier, comme sa taille (SIZE) ou sa date de ' +
      'modification (MDTM).',
  },
  214: {
    title: 'Message d’aide',
    description:
      'Le serveur renvoie de l’aide sur son utilisation ou sur le sens d’une commande non standard. Le texte est ' +
      'destiné à un lecteur humain.',
  },
  215: {
    title: 'Type de système NAME',
    description:
      'Le serveur indique le type de son système d’exploitation, comme «\u00a0UNIX Type: L8\u00a0», au moyen d’un ' +
      'nom de système officiel de la liste désormais tenue par l’IANA.',
  },
  220: {
    title: 'Service prêt pour un nouvel utilisateur',
    description:
      'Le serveur est prêt à accepter un nouvel utilisateur. C’est généralement le message d’accueil envoyé à ' +
      'l’ouverture de la connexion de contrôle.',
  },
  221: {
    title: 'Fermeture de la connexion de contrôle par le service',
    description:
      'Le serveur ferme la connexion de contrôle, généralement en réponse à QUIT. La session de l’utilisateur a été ' +
      'fermée le cas échéant.',
  },
  225: {
    title: 'Connexion de données ouverte\u202f; aucun transfert en cours',
    description: 'La connexion de données est ouverte, et aucun transfert n’y est en cours.',
  },
  226: {
    title: 'Fermeture de la connexion de données',
    description:
      'Le serveur ferme la connexion de données, car l’action demandée sur le fichier a réussi, par exemple un ' +
      'transfert terminé ou interrompu.',
  },
  227: {
    title: 'Passage en mode passif',
    description:
      'Le serveur attend la connexion de données à l’adresse IPv4 et au port donnés sous la forme ' +
      '(h1,h2,h3,h4,p1,p2). Le client devrait s’y connecter.',
  },
  228: {
    title: 'Passage en mode passif long',
    description:
      'Le serveur attend la connexion de données à l’adresse longue et au port donnés dans la réponse. C’est la ' +
      'réponse à la commande expérimentale LPSV de la RFC 1639, qu’EPSV (229) a largement remplacée.',
  },
  229: {
    title: 'Passage en mode passif étendu',
    description:
      'Le serveur attend la connexion de données sur le port donné sous la forme (|||port|). Le client se connecte à ' +
      'ce port, à la même adresse que celle de la connexion de contrôle.',
  },
  230: {
    title: 'Session ouverte, poursuivez',
    description:
      'L’ouverture de session a réussi. Le client peut maintenant utiliser les commandes que cet utilisateur est ' +
      'autorisé à exécuter.',
  },
  232: {
    title: 'Session ouverte, autorisée par l’échange de données de sécurité',
    description:
      'L’ouverture de session a réussi sans mot de passe, car les données de sécurité échangées auparavant prouvent ' +
      'déjà l’identité de l’utilisateur.',
  },
  234: {
    title: 'Échange de données de sécurité terminé',
    description:
      'Le serveur accepte le mécanisme de sécurité demandé avec AUTH, et aucune donnée de sécurité n’a besoin d’être ' +
      'échangée. Pour AUTH TLS, la négociation TLS commence ensuite.',
  },
  235: {
    title: 'Échange de données de sécurité réussi',
    description:
      'Les données de sécurité envoyées avec ADAT ont été acceptées et l’échange est terminé. La réponse peut ' +
      'contenir des données de sécurité finales pour le client.',
  },
  250: {
    title: 'Action demandée sur le fichier effectuée',
    description:
      'L’action demandée sur le fichier, comme changer de répertoire, supprimer ou renommer un fichier, est terminée.',
  },
  257: {
    title: '"CHEMIN" créé',
    description:
      'Le répertoire a été créé (MKD), ou le répertoire courant est indiqué (PWD). Le chemin est donné entre ' +
      'guillemets droits doubles.',
  },
  331: {
    title: 'Nom d’utilisateur correct, mot de passe requis',
    description:
      'Le serveur a accepté le nom d’utilisateur et demande maintenant le mot de passe. Envoyez-le avec PASS.',
  },
  332: {
    title: 'Compte requis pour ouvrir la session',
    description:
      'Le serveur a besoin des informations de compte avant de terminer l’ouverture de session. Envoyez-les avec ACCT.',
  },
  334: {
    title: 'Mécanisme de sécurité accepté',
    description:
      'Le serveur accepte le mécanisme de sécurité demandé avec AUTH. La réponse peut contenir des données de ' +
      'sécurité, et le client poursuit l’échange avec ADAT.',
  },
  335: {
    title: 'Données de sécurité acceptables, suite requise',
    description:
      'Les données de sécurité envoyées avec ADAT ont été acceptées, mais il en faut davantage pour terminer ' +
      'l’échange. Envoyez la commande ADAT suivante.',
  },
  336: {
    title: 'Nom d’utilisateur correct, mot de passe requis\u202f; défi à suivre',
    description:
      'Le serveur a accepté le nom d’utilisateur et fournit un défi dans le texte de la réponse. Le mot de passe ' +
      'envoyé avec PASS est la réponse à ce défi, par exemple un mot de passe à usage unique.',
  },
  350: {
    title: 'Action sur le fichier en attente d’informations supplémentaires',
    description:
      'Le serveur a besoin d’une autre commande pour terminer l’action, comme RNTO après RNFR, ou la commande de ' +
      'transfert après REST.',
  },
  421: {
    title: 'Service indisponible, fermeture de la connexion de contrôle',
    description:
      'Le serveur ferme la connexion de contrôle, par exemple parce qu’il s’arrête ou qu’il a trop d’utilisateurs. ' +
      'Il peut l’envoyer en réponse à n’importe quelle commande. Réessayez plus tard.',
  },
  425: {
    title: 'Impossible d’ouvrir la connexion de données',
    description:
      'Le serveur n’a pas pu ouvrir la connexion de données. Vérifiez le réglage du mode passif ou actif ainsi que ' +
      'tout pare-feu ou NAT intermédiaire, puis réessayez.',
  },
  426: {
    title: 'Connexion fermée\u202f; transfert interrompu',
    description: 'La connexion de données a été fermée et le transfert a été interrompu. Relancez le transfert.',
  },
  431: {
    title: 'Ressource indisponible pour traiter la sécurité',
    description:
      'Le serveur ne peut pas traiter la requête de sécurité pour l’instant, car une ressource dont il a besoin est ' +
      'indisponible. Une tentative ultérieure peut réussir.',
  },
  450: {
    title: 'Action sur le fichier non effectuée\u00a0: fichier indisponible',
    description:
      'L’action sur le fichier n’a pas été effectuée, car le fichier est momentanément indisponible, par exemple ' +
      'parce qu’il est occupé. Réessayez plus tard.',
  },
  451: {
    title: 'Action interrompue\u00a0: erreur locale de traitement',
    description:
      'Le serveur a interrompu l’action à cause d’une erreur de son côté pendant le traitement. Réessayez plus tard.',
  },
  452: {
    title: 'Action non effectuée\u00a0: espace de stockage insuffisant',
    description:
      'L’action n’a pas été effectuée, car le serveur ne dispose pas actuellement d’assez d’espace de stockage.',
  },
  500: {
    title: 'Erreur de syntaxe, commande non reconnue',
    description:
      'Le serveur n’a pas reconnu la commande. La cause peut être une erreur de syntaxe ou une ligne de commande ' +
      'trop longue.',
  },
  501: {
    title: 'Erreur de syntaxe dans les paramètres ou arguments',
    description: 'La commande est connue, mais ses paramètres ou arguments ne sont pas valides.',
  },
  502: {
    title: 'Commande non implémentée',
    description: 'Le serveur n’implémente pas cette commande.',
  },
  503: {
    title: 'Mauvaise séquence de commandes',
    description: 'La commande est arrivée dans le mauvais ordre, par exemple PASS avant USER, ou RNTO sans RNFR.',
  },
  504: {
    title: 'Commande non implémentée pour ce paramètre',
    description:
      'Le serveur implémente la commande, mais pas avec le paramètre donné, par exemple un TYPE ou un MODE non pris ' +
      'en charge.',
  },
  522: {
    title: 'Protocole réseau non pris en charge',
    description:
      'Le serveur ne prend pas en charge le protocole réseau demandé avec EPRT ou EPSV. La réponse indique ceux ' +
      'qu’il prend en charge, par exemple (1,2) pour IPv4 et IPv6.',
  },
  530: {
    title: 'Session non ouverte',
    description:
      'La commande exige une ouverture de session, ou l’ouverture de session a échoué. Ouvrez d’abord une session ' +
      'avec des identifiants valides.',
  },
  532: {
    title: 'Compte requis pour stocker des fichiers',
    description: 'Le serveur a besoin des informations de compte, envoyées avec ACCT, avant d’accepter des fichiers.',
  },
  533: {
    title: 'Niveau de protection des commandes refusé pour raisons de politique',
    description:
      'Le serveur refuse les commandes envoyées à ce niveau de protection en raison de sa politique de sécurité, par ' +
      'exemple parce qu’il exige des commandes protégées.',
  },
  534: {
    title: 'Requête refusée pour raisons de politique',
    description: 'Le serveur refuse la requête, car sa politique de sécurité ne l’autorise pas.',
  },
  535: {
    title: 'Échec du contrôle de sécurité',
    description:
      'Une commande protégée a échoué au contrôle de sécurité, par exemple à cause d’une empreinte ou d’un numéro de ' +
      'séquence incorrect.',
  },
  536: {
    title: 'Niveau PROT demandé non pris en charge par le mécanisme',
    description:
      'Le mécanisme de sécurité utilisé ne peut pas fournir le niveau de protection du canal de données demandé avec ' +
      'PROT.',
  },
  537: {
    title: 'Niveau de protection des commandes non pris en charge par le mécanisme de sécurité',
    description:
      'Le mécanisme de sécurité utilisé ne peut pas protéger les commandes au niveau demandé (MIC, CONF ou ENC).',
  },
  550: {
    title: 'Action non effectuée\u00a0: fichier indisponible',
    description:
      'L’action n’a pas été effectuée, car le fichier ou le répertoire est indisponible, par exemple parce qu’il ' +
      'n’existe pas ou que son accès est refusé.',
  },
  551: {
    title: 'Action interrompue\u00a0: type de page inconnu',
    description:
      'Le serveur a interrompu l’action, car il ne connaît pas le type de page du fichier (structure en pages).',
  },
  552: {
    title: 'Action sur le fichier interrompue\u00a0: allocation de stockage dépassée',
    description:
      'Le serveur a interrompu l’action, car l’espace de stockage alloué au répertoire courant ou au jeu de données ' +
      'est épuisé.',
  },
  553: {
    title: 'Action non effectuée\u00a0: nom de fichier non autorisé',
    description: 'L’action n’a pas été effectuée, car le serveur n’autorise pas ce nom de fichier.',
  },
  631: {
    title: 'Réponse protégée en intégrité',
    description:
      'Le texte de la réponse est un message encodé en base64 et protégé en intégrité. Le client le décode et le ' +
      'vérifie pour obtenir la réponse réelle.',
  },
  632: {
    title: 'Réponse protégée en confidentialité et en intégrité',
    description:
      'Le texte de la réponse est un message encodé en base64, chiffré et protégé en intégrité. Le client le décode, ' +
      'le déchiffre et le vérifie pour obtenir la réponse réelle.',
  },
  633: {
    title: 'Réponse protégée en confidentialité',
    description:
      'Le texte de la réponse est un message encodé en base64 et chiffré. Le client le décode et le déchiffre pour ' +
      'obtenir la réponse réelle.',
  },
} as const satisfies Record<FtpCode | FtpClassKey, Message>;
