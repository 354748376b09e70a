import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/** French titles and descriptions of HTTP status codes and classes (terms: docs/terminology.fr.md). */
export const http = {
  // 1xx Informational
  '1xx': {
    title: 'Information',
    description:
      'Réponse provisoire\u00a0: la requête a été reçue et son traitement se poursuit\u202f; une réponse définitive ' +
      'suivra. Un client qui ne reconnaît pas un code 1xx le traite comme le code 100 (RFC 9110, section 15).',
  },
  100: {
    title: 'Continuer',
    description:
      'La première partie de la requête a été reçue et le client peut envoyer la suite, par exemple un corps de ' +
      'requête annoncé par l’en-tête Expect: 100-continue.',
  },
  101: {
    title: 'Changement de protocole',
    description:
      'Le serveur accepte l’en-tête Upgrade de la requête du client et fait passer cette connexion à un autre ' +
      'protocole, comme WebSocket.',
  },
  102: {
    title: 'Traitement en cours',
    description:
      'Le serveur a accepté la requête et la traite encore\u00a0: aucune réponse définitive n’est disponible pour ' +
      'l’instant. Défini pour WebDAV par la RFC 2518\u202f; déconseillé, car la RFC 4918 ne le reprend plus.',
  },
  103: {
    title: 'Indications préliminaires',
    description:
      'Réponse provisoire contenant des en-têtes, généralement des en-têtes Link, qui permet au client de commencer ' +
      'à charger des ressources pendant que le serveur prépare la réponse définitive.',
  },
  104: {
    title: 'Reprise du téléversement prise en charge',
    description:
      'Le serveur permet de reprendre les téléversements et indique au client où poursuivre un téléversement ' +
      'interrompu. Enregistré à titre provisoire pour le brouillon de l’IETF sur la reprise des téléversements.',
  },

  // 2xx Successful
  '2xx': {
    title: 'Succès',
    description:
      'La requête a été reçue, comprise et acceptée. Un client qui ne reconnaît pas un code 2xx le traite comme le ' +
      'code 200 (RFC 9110, section 15).',
  },
  200: {
    title: 'OK',
    description:
      'La requête a réussi. Le contenu de la réponse dépend de la méthode, par exemple la ressource demandée pour GET.',
  },
  201: {
    title: 'Créé',
    description:
      'La requête a réussi et a créé une ou plusieurs ressources, généralement identifiées par l’en-tête Location.',
  },
  202: {
    title: 'Accepté',
    description:
      'La requête a été acceptée pour traitement, mais le traitement n’est pas terminé et peut encore échouer.',
  },
  203: {
    title: 'Informations ne faisant pas autorité',
    description:
      'La requête a réussi, mais un proxy de transformation a modifié le contenu envoyé par le serveur d’origine.',
  },
  204: {
    title: 'Aucun contenu',
    description: 'La requête a réussi et il n’y a aucun contenu à envoyer dans le corps de la réponse.',
  },
  205: {
    title: 'Réinitialiser le contenu',
    description:
      'La requête a réussi\u202f; le client devrait réinitialiser la vue d’où provient la requête, par exemple vider ' +
      'un formulaire envoyé.',
  },
  206: {
    title: 'Contenu partiel',
    description:
      'Le serveur n’envoie que la ou les parties de la ressource demandées par l’en-tête Range de la requête.',
  },
  207: {
    title: 'Statuts multiples',
    description:
      'Le corps de la réponse contient des informations de statut distinctes pour plusieurs ressources. Utilisé par ' +
      'WebDAV (RFC 4918).',
  },
  208: {
    title: 'Déjà signalé',
    description:
      'Ces membres d’une collection ont déjà été énumérés plus haut dans la même réponse WebDAV à statuts ' +
      'multiples\u202f; ils ne sont donc pas répétés (RFC 5842).',
  },
  218: {
    title: 'Tout va bien',
    description:
      'Code non officiel attribué à Apache HTTP Server\u00a0: un code fourre-tout qui laisse passer le corps d’une ' +
      'réponse d’erreur à travers un proxy où ProxyErrorOverride est activé, au lieu d’un message 4xx ou 5xx.',
  },
  226: {
    title: 'IM utilisé',
    description:
      'Le serveur a satisfait une requête GET et la réponse est le résultat de manipulations d’instance, comme un ' +
      'delta, appliquées à la ressource actuelle (RFC 3229).',
  },

  // 3xx Redirection
  '3xx': {
    title: 'Redirection',
    description:
      'Une action supplémentaire, généralement suivre un autre URI, est nécessaire pour mener la requête à bien. Un ' +
      'client qui ne reconnaît pas un code 3xx le traite comme le code 300 (RFC 9110, section 15).',
  },
  300: {
    title: 'Choix multiples',
    description:
      'La ressource a plusieurs représentations, chacune avec son propre URI, et le client ou l’utilisateur peut ' +
      'choisir l’une d’elles.',
  },
  301: {
    title: 'Déplacé définitivement',
    description:
      'La ressource a un nouvel URI permanent, indiqué dans l’en-tête Location, et les liens devraient être mis à ' +
      'jour. Les clients peuvent transformer un POST en GET en suivant la redirection\u202f; 308 conserve la méthode.',
  },
  302: {
    title: 'Trouvé',
    description:
      'La ressource se trouve temporairement à un autre URI, indiqué dans l’en-tête Location. Les requêtes suivantes ' +
      'devraient continuer d’utiliser l’URI initial.',
  },
  303: {
    title: 'Voir ailleurs',
    description:
      'Le résultat de la requête est disponible à un autre URI, indiqué dans l’en-tête Location, à récupérer avec ' +
      'GET. Souvent utilisé après l’envoi d’un formulaire.',
  },
  304: {
    title: 'Non modifié',
    description:
      'La ressource n’a pas changé depuis la version que le client possède déjà\u00a0: sa copie en cache peut donc ' +
      'être utilisée. Aucun contenu n’est envoyé.',
  },
  305: {
    title: 'Utiliser le proxy',
    description:
      'La ressource devrait être demandée via le proxy indiqué dans l’en-tête Location. Déconseillé pour des raisons ' +
      'de sécurité\u202f; les clients ne le suivent pas.',
  },
  306: {
    title: 'Changer de proxy (inutilisé)',
    description:
      'Servait autrefois à demander au client d’envoyer ses requêtes suivantes via un autre proxy. N’est plus ' +
      'utilisé\u202f; la RFC 9110 garde le code réservé.',
  },
  307: {
    title: 'Redirection temporaire',
    description:
      'La ressource se trouve temporairement à un autre URI, indiqué dans l’en-tête Location. La requête doit y être ' +
      'renvoyée avec la même méthode et le même corps.',
  },
  308: {
    title: 'Redirection permanente',
    description:
      'La ressource a un nouvel URI permanent, indiqué dans l’en-tête Location. La requête doit y être renvoyée avec ' +
      'la même méthode et le même corps, et les liens devraient être mis à jour.',
  },

  // 4xx Client Error
  '4xx': {
    title: 'Erreur du client',
    description:
      'La requête n’a pas pu être satisfaite telle qu’elle a été envoyée et devra peut-être être modifiée avant une ' +
      'nouvelle tentative. Un client qui ne reconnaît pas un code 4xx le traite comme le code 400 (RFC 9110, section ' +
      '15).',
  },
  400: {
    title: 'Requête incorrecte',
    description:
      'Le serveur n’a pas pu traiter la requête, car elle semble mal formée, par exemple à cause d’une syntaxe non ' +
      'valide. Vérifiez la requête et réessayez.',
  },
  401: {
    title: 'Non authentifié',
    description:
      'Cette ressource exige une authentification, et la requête ne contenait aucun identifiant valide. ' +
      'Authentifiez-vous et réessayez.',
  },
  402: {
    title: 'Paiement requis',
    description:
      'Un paiement est requis pour accéder à cette ressource. La RFC 9110 réserve ce code à un usage futur\u00a0: sa ' +
      'signification exacte dépend donc du service.',
  },
  403: {
    title: 'Interdit',
    description:
      'Le serveur a compris la requête mais refuse de l’exécuter. L’accès à cette ressource n’est pas autorisé.',
  },
  404: {
    title: 'Introuvable',
    description:
      'La ressource demandée est introuvable. Elle a peut-être été déplacée ou supprimée, ou l’adresse contient une ' +
      'faute de frappe.',
  },
  405: {
    title: 'Méthode non autorisée',
    description:
      'La méthode de la requête n’est pas prise en charge pour cette ressource. Le serveur doit indiquer les ' +
      'méthodes prises en charge dans l’en-tête Allow.',
  },
  406: {
    title: 'Non acceptable',
    description:
      'Le serveur ne peut produire de réponse dans aucun des formats, langues ou encodages que la requête accepte.',
  },
  407: {
    title: 'Authentification proxy requise',
    description:
      'La requête doit être authentifiée auprès du proxy avant de pouvoir être transmise. Fournissez des ' +
      'identifiants pour le proxy et réessayez.',
  },
  408: {
    title: 'Délai d’attente de la requête dépassé',
    description: 'Le serveur n’a pas reçu la requête complète dans le délai qu’il était prêt à attendre. Réessayez.',
  },
  409: {
    title: 'Conflit',
    description:
      'La requête est en conflit avec l’état actuel de la ressource, par exemple une modification fondée sur une ' +
      'version périmée. Résolvez le conflit et réessayez.',
  },
  410: {
    title: 'Plus disponible',
    description:
      'La ressource demandée n’est plus disponible et ne devrait pas revenir. Les liens qui y mènent devraient être ' +
      'supprimés.',
  },
  411: {
    title: 'Longueur requise',
    description: 'Le serveur exige que la requête indique la longueur de son contenu dans un en-tête Content-Length.',
  },
  412: {
    title: 'Précondition non remplie',
    description:
      'Une condition des en-têtes de la requête, comme If-Match ou If-Unmodified-Since, n’était pas remplie\u00a0: ' +
      'la requête n’a donc pas été appliquée.',
  },
  413: {
    title: 'Contenu trop volumineux',
    description:
      'Le contenu de la requête dépasse ce que le serveur veut ou peut traiter. Réessayez avec moins de données.',
  },
  414: {
    title: 'URI trop long',
    description: 'L’adresse demandée (URI) est plus longue que ce que le serveur accepte de traiter.',
  },
  415: {
    title: 'Type de média non pris en charge',
    description: 'Le format ou l’encodage du contenu de la requête n’est pas pris en charge pour cette ressource.',
  },
  416: {
    title: 'Plage non satisfaisable',
    description:
      'La plage demandée se situe en dehors de la taille actuelle de la ressource\u00a0: aucune partie ne peut donc ' +
      'en être envoyée.',
  },
  417: {
    title: 'Attente non satisfaite',
    description: 'Le serveur ne peut pas satisfaire l’attente exprimée dans l’en-tête Expect de la requête.',
  },
  418: {
    title: 'Je suis une théière',
    description:
      'La RFC 9110 réserve ce code comme inutilisé. Il provient d’un poisson d’avril, la RFC 2324, où une théière ' +
      'refuse de préparer du café\u202f; certains serveurs le renvoient encore pour décliner une requête.',
  },
  419: {
    title: 'Page expirée',
    description:
      'Utilisé par le framework Laravel lorsque le jeton de sécurité (CSRF) d’un formulaire est absent ou a expiré. ' +
      'Rechargez la page et réessayez.',
  },
  420: {
    title: 'Du calme',
    description:
      'Utilisé par la version 1 de l’API Twitter lorsque trop de requêtes arrivaient en peu de temps. Patientez ' +
      'avant de réessayer\u202f; le code standard pour ce cas est 429.',
  },
  421: {
    title: 'Requête mal dirigée',
    description:
      'La requête est parvenue à un serveur qui ne peut pas répondre pour cette adresse. Une nouvelle tentative sur ' +
      'une nouvelle connexion peut réussir.',
  },
  422: {
    title: 'Contenu impossible à traiter',
    description:
      'La requête est bien formée, mais le serveur n’a pas pu traiter les instructions qu’elle contient, par exemple ' +
      'parce que certaines valeurs ne sont pas valides.',
  },
  423: {
    title: 'Verrouillé',
    description:
      'La ressource est verrouillée et ne peut donc pas être modifiée pour le moment. Utilisé par WebDAV (RFC 4918).',
  },
  424: {
    title: 'Échec de dépendance',
    description:
      'L’action demandée n’a pas pu être effectuée, car une autre action dont elle dépend a échoué. Utilisé par ' +
      'WebDAV (RFC 4918).',
  },
  425: {
    title: 'Trop tôt',
    description:
      'Le serveur ne traitera pas une requête qui pourrait être rejouée, comme une requête envoyée dans les données ' +
      'anticipées de TLS (0-RTT). Réessayez une fois la connexion entièrement établie.',
  },
  426: {
    title: 'Mise à niveau requise',
    description:
      'Le serveur refuse de traiter la requête avec le protocole actuel. L’en-tête Upgrade indique les protocoles ' +
      'vers lesquels basculer.',
  },
  428: {
    title: 'Précondition requise',
    description:
      'Le serveur exige que cette requête soit conditionnelle, par exemple avec If-Match, afin de ne pas écraser des ' +
      'modifications faites par quelqu’un d’autre.',
  },
  429: {
    title: 'Trop de requêtes',
    description:
      'Trop de requêtes ont été envoyées en un temps donné. Patientez avant de réessayer\u202f; l’en-tête ' +
      'Retry-After peut indiquer combien de temps.',
  },
  430: {
    title: 'Rejet de sécurité Shopify',
    description:
      'Utilisé par Shopify lorsqu’une requête est rejetée pour des raisons de sécurité, par exemple parce qu’elle ' +
      'ressemble à du trafic automatisé potentiellement malveillant.',
  },
  431: {
    title: 'Champs d’en-tête de la requête trop volumineux',
    description:
      'Les champs d’en-tête de la requête, pris un à un ou dans leur ensemble, sont trop volumineux pour que le ' +
      'serveur les traite.',
  },
  440: {
    title: 'Session expirée',
    description: 'Utilisé par Microsoft IIS lorsque la session a expiré. Ouvrez une nouvelle session pour continuer.',
  },
  444: {
    title: 'Aucune réponse',
    description:
      'Utilisé en interne par nginx lorsque le serveur a fermé la connexion sans envoyer de réponse. Il apparaît ' +
      'dans les journaux du serveur\u202f; les clients ne le reçoivent jamais.',
  },
  449: {
    title: 'Réessayer avec',
    description:
      'Utilisé par Microsoft IIS lorsqu’il manque à la requête des informations dont le serveur a besoin. Elle ' +
      'devrait être renvoyée une fois ces informations fournies.',
  },
  450: {
    title: 'Bloqué par le contrôle parental de Windows',
    description: 'Utilisé par Microsoft Windows lorsque le contrôle parental bloque l’accès à la page demandée.',
  },
  451: {
    title: 'Indisponible pour raisons juridiques',
    description:
      'L’accès à cette ressource est refusé en raison d’une exigence légale, comme une décision de justice (RFC 7725).',
  },
  460: {
    title: 'Connexion fermée par le client avant le délai d’inactivité',
    description:
      'Utilisé par AWS Elastic Load Balancing lorsque le client a fermé la connexion avant l’expiration du délai ' +
      'd’inactivité du répartiteur de charge, souvent parce que le délai du client lui-même est plus court.',
  },
  463: {
    title: 'Trop d’adresses IP transférées',
    description:
      'Utilisé par AWS Elastic Load Balancing lorsque l’en-tête X-Forwarded-For de la requête contient plus de 30 ' +
      'adresses IP.',
  },
  494: {
    title: 'En-tête de requête trop volumineux',
    description:
      'Utilisé par nginx lorsque les en-têtes de la requête sont trop volumineux pour que le serveur les ' +
      'accepte\u202f; nginx l’emploie là où le code standard est 431.',
  },
  495: {
    title: 'Erreur de certificat SSL',
    description: 'Utilisé par nginx lorsque le certificat client envoyé avec la requête n’est pas valide.',
  },
  496: {
    title: 'Certificat SSL requis',
    description: 'Utilisé par nginx lorsqu’un certificat client est exigé mais qu’aucun n’a été envoyé.',
  },
  497: {
    title: 'Requête HTTP envoyée sur le port HTTPS',
    description:
      'Utilisé par nginx lorsqu’une requête HTTP en clair arrive sur un port qui attend du HTTPS. Utilisez plutôt ' +
      'une adresse en https://.',
  },
  498: {
    title: 'Jeton non valide',
    description:
      'Utilisé par Esri ArcGIS Server lorsque le jeton d’accès a expiré ou n’est pas valide pour une autre raison. ' +
      'Obtenez un nouveau jeton et réessayez.',
  },
  499: {
    title: 'Requête fermée par le client',
    description:
      'Utilisé par nginx lorsque le client a fermé la connexion avant que le serveur puisse envoyer une réponse. Il ' +
      'apparaît surtout dans les journaux du serveur.',
  },

  // 5xx Server Error
  '5xx': {
    title: 'Erreur du serveur',
    description:
      'Le serveur n’a pas pu mener à bien une requête qui semble valide. Un client qui ne reconnaît pas un code 5xx ' +
      'le traite comme le code 500 (RFC 9110, section 15).',
  },
  500: {
    title: 'Erreur interne du serveur',
    description:
      'Le serveur a rencontré une situation inattendue qui l’a empêché de mener la requête à bien. Réessayez plus ' +
      'tard.',
  },
  501: {
    title: 'Non implémenté',
    description:
      'Le serveur ne prend pas en charge la fonctionnalité nécessaire pour mener la requête à bien, par exemple une ' +
      'méthode de requête non reconnue.',
  },
  502: {
    title: 'Passerelle incorrecte',
    description:
      'Le serveur, agissant comme passerelle ou proxy, a reçu une réponse non valide du serveur en amont. Réessayez ' +
      'plus tard.',
  },
  503: {
    title: 'Service indisponible',
    description:
      'Le service ne peut temporairement pas traiter la requête, par exemple en raison d’une surcharge ou d’une ' +
      'maintenance. Réessayez plus tard\u202f; l’en-tête Retry-After peut indiquer quand.',
  },
  504: {
    title: 'Délai d’attente de la passerelle dépassé',
    description:
      'Le serveur, agissant comme passerelle ou proxy, n’a pas reçu à temps de réponse du serveur en amont. ' +
      'Réessayez plus tard.',
  },
  505: {
    title: 'Version HTTP non prise en charge',
    description: 'Le serveur ne prend pas en charge la version majeure de HTTP utilisée dans la requête.',
  },
  506: {
    title: 'La variante négocie aussi',
    description:
      'Le serveur est mal configuré\u00a0: la variante choisie par la négociation de contenu est elle-même ' +
      'configurée pour négocier, si bien qu’aucune réponse ne peut être sélectionnée (RFC 2295).',
  },
  507: {
    title: 'Espace de stockage insuffisant',
    description:
      'Le serveur ne peut pas stocker les données nécessaires pour mener la requête à bien. La situation est ' +
      'considérée comme temporaire. Utilisé par WebDAV (RFC 4918).',
  },
  508: {
    title: 'Boucle détectée',
    description:
      'Le serveur a interrompu le traitement de la requête, car il a détecté une boucle infinie, comme des liaisons ' +
      'WebDAV qui ramènent à elles-mêmes (RFC 5842).',
  },
  509: {
    title: 'Limite de bande passante dépassée',
    description:
      'Utilisé par Apache HTTP Server et les hébergements cPanel lorsque le site a épuisé la bande passante que ' +
      'permet son offre d’hébergement. Réessayez plus tard.',
  },
  510: {
    title: 'Non étendu',
    description:
      'Le serveur exige d’autres extensions de la requête avant de pouvoir la satisfaire (RFC 2774). Obsolète\u00a0: ' +
      'l’IANA le marque ainsi depuis que la RFC 2774 est passée au statut «\u00a0Historic\u00a0».',
  },
  511: {
    title: 'Authentification réseau requise',
    description:
      'Le réseau exige une authentification avant de pouvoir être utilisé, par exemple sur la page du portail captif ' +
      'd’un réseau Wi-Fi.',
  },
  520: {
    title: 'Erreur inconnue du serveur web',
    description:
      'Utilisé par Cloudflare lorsque le serveur web d’origine a renvoyé une réponse vide, inconnue ou inattendue. ' +
      'Réessayez plus tard.',
  },
  521: {
    title: 'Serveur web hors service',
    description: 'Utilisé par Cloudflare lorsque le serveur web d’origine a refusé la connexion. Réessayez plus tard.',
  },
  522: {
    title: 'Délai de connexion dépassé',
    description:
      'Utilisé par Cloudflare lorsqu’une connexion au serveur web d’origine n’a pas pu être établie à temps. ' +
      'Réessayez plus tard.',
  },
  523: {
    title: 'Origine injoignable',
    description:
      'Utilisé par Cloudflare lorsque le serveur web d’origine est injoignable, par exemple faute de route réseau ' +
      'vers lui. Réessayez plus tard.',
  },
  524: {
    title: 'Délai d’attente dépassé',
    description:
      'Utilisé par Cloudflare lorsqu’il s’est connecté au serveur web d’origine mais n’a reçu aucune réponse HTTP ' +
      'dans le délai imparti. Réessayez plus tard.',
  },
  525: {
    title: 'Échec de la négociation SSL',
    description: 'Utilisé par Cloudflare lorsque la négociation SSL/TLS avec le serveur web d’origine a échoué.',
  },
  526: {
    title: 'Certificat SSL non valide',
    description: 'Utilisé par Cloudflare lorsqu’il n’a pas pu valider le certificat SSL du serveur web d’origine.',
  },
  527: {
    title: 'Erreur Railgun',
    description:
      'Utilisé par Cloudflare lorsque la connexion au serveur Railgun de l’origine a été interrompue. ' +
      'Obsolète\u00a0: Cloudflare a abandonné Railgun.',
  },
  529: {
    title: 'Site surchargé',
    description:
      'Utilisé par l’API Qualys SSL Labs lorsque le service est surchargé et ne peut plus accepter de requêtes. ' +
      'Réessayez plus tard.',
  },
  530: {
    title: 'Erreur DNS de l’origine',
    description:
      'Utilisé par Cloudflare avec une erreur Cloudflare 1xxx, par exemple lorsque le nom d’hôte du serveur ' +
      'd’origine ne peut pas être résolu (erreur 1016).',
  },
  561: {
    title: 'Non authentifié',
    description:
      'Utilisé par AWS Elastic Load Balancing lorsque le fournisseur d’identité a renvoyé une erreur pendant que le ' +
      'répartiteur de charge authentifiait l’utilisateur.',
  },
} as const satisfies Record<HttpCode | HttpClassKey, Message>;
