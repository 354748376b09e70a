import type { HttpClassKey, HttpCode } from '../../codes/http';
import type { Message } from '../../codes/types';

/**
 * German titles and descriptions of HTTP status codes and classes. Terms as docs/terminology.de.md fixes them
 * (Anfrage, Antwort, Header, Weiterleitung); instructions as impersonal infinitives ("Später erneut versuchen.").
 */
export const http = {
  // 1xx Informationen
  '1xx': {
    title: 'Information',
    description:
      'Eine vorläufige Antwort: Die Anfrage ist eingegangen und wird noch verarbeitet, eine endgültige Antwort ' +
      'folgt. Ein Client, der einen 1xx-Code nicht kennt, behandelt ihn wie 100 Continue (RFC 9110, Abschnitt 15).',
  },
  100: {
    title: 'Weiter',
    description:
      'Der erste Teil der Anfrage ist eingegangen, und der Client kann den Rest senden, etwa einen mit ' +
      'Expect: 100-continue angekündigten Body.',
  },
  101: {
    title: 'Protokollwechsel',
    description:
      'Der Server nimmt die Upgrade-Anfrage des Clients an und wechselt auf dieser Verbindung zu einem anderen ' +
      'Protokoll, etwa WebSocket.',
  },
  102: {
    title: 'Wird verarbeitet',
    description:
      'Der Server hat die Anfrage angenommen und verarbeitet sie noch, daher liegt noch keine endgültige Antwort ' +
      'vor. Für WebDAV in RFC 2518 definiert; veraltet, da RFC 4918 diesen Code nicht mehr enthält.',
  },
  103: {
    title: 'Frühe Hinweise',
    description:
      'Eine vorläufige Antwort mit Headern, meist Link-Headern, damit der Client schon Ressourcen laden kann, ' +
      'während der Server die endgültige Antwort vorbereitet.',
  },
  104: {
    title: 'Fortsetzen von Uploads unterstützt',
    description:
      'Der Server unterstützt fortsetzbare Uploads und teilt dem Client mit, wo ein unterbrochener Upload ' +
      'fortgesetzt werden kann. Vorläufig registriert für den IETF-Entwurf zu fortsetzbaren Uploads.',
  },

  // 2xx Erfolg
  '2xx': {
    title: 'Erfolgreich',
    description:
      'Die Anfrage wurde empfangen, verstanden und angenommen. Ein Client, der einen 2xx-Code nicht kennt, ' +
      'behandelt ihn wie 200 OK (RFC 9110, Abschnitt 15).',
  },
  200: {
    title: 'OK',
    description:
      'Die Anfrage war erfolgreich. Was die Antwort enthält, hängt von der Methode ab, bei GET zum Beispiel die ' +
      'angeforderte Ressource.',
  },
  201: {
    title: 'Erstellt',
    description:
      'Die Anfrage war erfolgreich und hat eine oder mehrere neue Ressourcen erstellt; meist gibt der ' +
      'Location-Header sie an.',
  },
  202: {
    title: 'Angenommen',
    description:
      'Die Anfrage wurde zur Verarbeitung angenommen, die Verarbeitung ist aber noch nicht abgeschlossen und ' +
      'kann noch fehlschlagen.',
  },
  203: {
    title: 'Nicht maßgebliche Information',
    description:
      'Die Anfrage war erfolgreich, aber ein transformierender Proxy hat den Inhalt verändert, den der ' +
      'Ursprungsserver gesendet hat.',
  },
  204: {
    title: 'Kein Inhalt',
    description: 'Die Anfrage war erfolgreich, und es gibt keinen Inhalt, der im Body der Antwort zu senden wäre.',
  },
  205: {
    title: 'Inhalt zurücksetzen',
    description:
      'Die Anfrage war erfolgreich; der Client sollte die Ansicht zurücksetzen, von der die Anfrage kam, zum ' +
      'Beispiel ein abgeschicktes Formular leeren.',
  },
  206: {
    title: 'Teilinhalt',
    description:
      'Der Server sendet nur den Teil oder die Teile der Ressource, die der Range-Header der Anfrage angefordert ' +
      'hat.',
  },
  207: {
    title: 'Mehrfachstatus',
    description:
      'Der Body der Antwort enthält getrennte Statusinformationen für mehrere Ressourcen. Verwendet von WebDAV ' +
      '(RFC 4918).',
  },
  208: {
    title: 'Bereits gemeldet',
    description:
      'Diese Elemente einer Sammlung wurden bereits weiter oben in derselben WebDAV-Multistatus-Antwort ' +
      'aufgeführt und werden daher nicht wiederholt (RFC 5842).',
  },
  218: {
    title: 'Alles in Ordnung',
    description:
      'Ein inoffizieller Code, der dem Apache HTTP Server zugeschrieben wird: ein Sammelcode, mit dem der Body ' +
      'einer Fehlerantwort einen Proxy mit aktiviertem ProxyErrorOverride passiert, statt durch eine 4xx- oder ' +
      '5xx-Meldung ersetzt zu werden.',
  },
  226: {
    title: 'IM angewendet',
    description:
      'Der Server hat eine GET-Anfrage erfüllt, und die Antwort ist das Ergebnis von Instanzmanipulationen, ' +
      'etwa einem Delta, die auf die aktuelle Ressource angewendet wurden (RFC 3229).',
  },

  // 3xx Weiterleitung
  '3xx': {
    title: 'Weiterleitung',
    description:
      'Um die Anfrage abzuschließen, ist eine weitere Aktion nötig, meist das Aufrufen eines anderen URI. Ein ' +
      'Client, der einen 3xx-Code nicht kennt, behandelt ihn wie 300 Multiple Choices (RFC 9110, Abschnitt 15).',
  },
  300: {
    title: 'Mehrere Auswahlmöglichkeiten',
    description:
      'Die Ressource hat mehrere Repräsentationen mit jeweils eigenem URI, und der Client oder der Benutzer kann ' +
      'eine davon auswählen.',
  },
  301: {
    title: 'Dauerhaft verschoben',
    description:
      'Die Ressource hat einen neuen, dauerhaften URI, den der Location-Header angibt; Links sollten ' +
      'aktualisiert werden. Clients dürfen beim Folgen aus einem POST ein GET machen; 308 behält die Methode bei.',
  },
  302: {
    title: 'Gefunden',
    description:
      'Die Ressource befindet sich vorübergehend unter einem anderen URI, den der Location-Header angibt. ' +
      'Künftige Anfragen sollten weiterhin den ursprünglichen URI verwenden.',
  },
  303: {
    title: 'Siehe andere Ressource',
    description:
      'Das Ergebnis der Anfrage ist unter einem anderen URI verfügbar, den der Location-Header angibt, und ' +
      'wird mit GET abgerufen. Häufig nach dem Absenden eines Formulars verwendet.',
  },
  304: {
    title: 'Nicht geändert',
    description:
      'Die Ressource hat sich seit der Version, die der Client bereits hat, nicht geändert, daher kann die ' +
      'Kopie im Cache verwendet werden. Es wird kein Inhalt gesendet.',
  },
  305: {
    title: 'Proxy verwenden',
    description:
      'Die Ressource sollte über den Proxy angefordert werden, den der Location-Header angibt. Aus ' +
      'Sicherheitsgründen veraltet; Clients folgen dem Code nicht.',
  },
  306: {
    title: 'Proxy wechseln (nicht verwendet)',
    description:
      'War einst dafür gedacht, einen Client anzuweisen, spätere Anfragen über einen anderen Proxy zu senden. ' +
      'Wird nicht mehr verwendet; RFC 9110 hält den Code reserviert.',
  },
  307: {
    title: 'Vorübergehende Weiterleitung',
    description:
      'Die Ressource befindet sich vorübergehend unter einem anderen URI, den der Location-Header angibt. Die ' +
      'Anfrage muss dort mit derselben Methode und demselben Body wiederholt werden.',
  },
  308: {
    title: 'Dauerhafte Weiterleitung',
    description:
      'Die Ressource hat einen neuen, dauerhaften URI, den der Location-Header angibt. Die Anfrage muss dort ' +
      'mit derselben Methode und demselben Body wiederholt werden, und Links sollten aktualisiert werden.',
  },

  // 4xx Clientfehler
  '4xx': {
    title: 'Clientfehler',
    description:
      'Die Anfrage konnte so, wie sie gesendet wurde, nicht erfüllt werden und muss vor einem neuen Versuch ' +
      'eventuell geändert werden. Ein Client, der einen 4xx-Code nicht kennt, behandelt ihn wie 400 Bad Request ' +
      '(RFC 9110, Abschnitt 15).',
  },
  400: {
    title: 'Ungültige Anfrage',
    description:
      'Der Server konnte die Anfrage nicht verarbeiten, weil sie fehlerhaft zu sein scheint, zum Beispiel wegen ' +
      'ungültiger Syntax. Die Anfrage prüfen und erneut versuchen.',
  },
  401: {
    title: 'Nicht authentifiziert',
    description:
      'Diese Ressource erfordert eine Authentifizierung, und die Anfrage enthielt keine gültigen Anmeldedaten. ' +
      'Anmelden und erneut versuchen.',
  },
  402: {
    title: 'Zahlung erforderlich',
    description:
      'Für den Zugriff auf diese Ressource ist eine Zahlung erforderlich. RFC 9110 reserviert diesen Code für ' +
      'künftige Verwendung, daher hängt seine genaue Bedeutung vom jeweiligen Dienst ab.',
  },
  403: {
    title: 'Verboten',
    description:
      'Der Server hat die Anfrage verstanden, weigert sich aber, sie zu erfüllen. Der Zugriff auf diese ' +
      'Ressource ist nicht erlaubt.',
  },
  404: {
    title: 'Nicht gefunden',
    description:
      'Die angeforderte Ressource wurde nicht gefunden. Möglicherweise wurde sie verschoben oder entfernt, oder ' +
      'die Adresse enthält einen Tippfehler.',
  },
  405: {
    title: 'Methode nicht erlaubt',
    description:
      'Die Anfragemethode wird für diese Ressource nicht unterstützt. Der Server sollte die unterstützten ' +
      'Methoden im Allow-Header nennen.',
  },
  406: {
    title: 'Nicht akzeptabel',
    description: 'Der Server kann keine Antwort erzeugen, deren Format, Sprache oder Kodierung die Anfrage akzeptiert.',
  },
  407: {
    title: 'Proxy-Authentifizierung erforderlich',
    description:
      'Die Anfrage muss beim Proxy authentifiziert werden, bevor er sie weiterreichen kann. Anmeldedaten für den ' +
      'Proxy angeben und erneut versuchen.',
  },
  408: {
    title: 'Zeitüberschreitung der Anfrage',
    description:
      'Der Server hat die vollständige Anfrage nicht innerhalb der Zeit erhalten, die er zu warten bereit war. ' +
      'Erneut versuchen.',
  },
  409: {
    title: 'Konflikt',
    description:
      'Die Anfrage steht im Konflikt mit dem aktuellen Zustand der Ressource, zum Beispiel bei einer Änderung, ' +
      'die auf einer veralteten Version beruht. Den Konflikt auflösen und erneut versuchen.',
  },
  410: {
    title: 'Nicht mehr verfügbar',
    description:
      'Die angeforderte Ressource ist nicht mehr verfügbar und wird voraussichtlich auch nicht zurückkehren. ' +
      'Links auf sie sollten entfernt werden.',
  },
  411: {
    title: 'Länge erforderlich',
    description: 'Der Server verlangt, dass die Anfrage die Länge ihres Inhalts in einem Content-Length-Header angibt.',
  },
  412: {
    title: 'Vorbedingung fehlgeschlagen',
    description:
      'Eine Bedingung in den Headern der Anfrage, etwa If-Match oder If-Unmodified-Since, war nicht erfüllt, ' +
      'daher wurde die Anfrage nicht angewendet.',
  },
  413: {
    title: 'Inhalt zu groß',
    description:
      'Der Inhalt der Anfrage ist größer, als der Server verarbeiten will oder kann. Mit weniger Daten erneut ' +
      'versuchen.',
  },
  414: {
    title: 'URI zu lang',
    description: 'Die angeforderte Adresse (URI) ist länger, als der Server zu verarbeiten bereit ist.',
  },
  415: {
    title: 'Nicht unterstützter Medientyp',
    description: 'Das Format oder die Kodierung des Anfrageinhalts wird für diese Ressource nicht unterstützt.',
  },
  416: {
    title: 'Bereich nicht erfüllbar',
    description:
      'Der angeforderte Bereich liegt außerhalb der aktuellen Größe der Ressource, daher kann kein Teil davon ' +
      'gesendet werden.',
  },
  417: {
    title: 'Erwartung fehlgeschlagen',
    description: 'Der Server kann die Erwartung nicht erfüllen, die der Expect-Header der Anfrage angibt.',
  },
  418: {
    title: 'Ich bin eine Teekanne',
    description:
      'RFC 9110 reserviert diesen Code als unbenutzt. Er stammt aus einem Aprilscherz, RFC 2324, in dem sich eine ' +
      'Teekanne weigert, Kaffee zu kochen; manche Server geben ihn noch zurück, um eine Anfrage abzulehnen.',
  },
  419: {
    title: 'Seite abgelaufen',
    description:
      'Wird vom Framework Laravel verwendet, wenn das Sicherheitstoken (CSRF) eines Formulars fehlt oder ' +
      'abgelaufen ist. Die Seite neu laden und erneut versuchen.',
  },
  420: {
    title: 'Immer mit der Ruhe',
    description:
      'Wurde von Version 1 der Twitter-API verwendet, wenn in kurzer Zeit zu viele Anfragen eintrafen. Vor einem ' +
      'neuen Versuch warten; der Standardcode dafür ist 429.',
  },
  421: {
    title: 'Fehlgeleitete Anfrage',
    description:
      'Die Anfrage hat einen Server erreicht, der für diese Adresse nicht antworten kann. Ein neuer Versuch über ' +
      'eine neue Verbindung kann gelingen.',
  },
  422: {
    title: 'Nicht verarbeitbarer Inhalt',
    description:
      'Die Anfrage ist wohlgeformt, aber der Server konnte die darin enthaltenen Anweisungen nicht verarbeiten, ' +
      'zum Beispiel weil einige Werte ungültig sind.',
  },
  423: {
    title: 'Gesperrt',
    description: 'Die Ressource ist gesperrt und kann derzeit nicht geändert werden. Verwendet von WebDAV (RFC 4918).',
  },
  424: {
    title: 'Fehlgeschlagene Abhängigkeit',
    description:
      'Die angeforderte Aktion konnte nicht ausgeführt werden, weil eine andere Aktion, von der sie abhängt, ' +
      'fehlgeschlagen ist. Verwendet von WebDAV (RFC 4918).',
  },
  425: {
    title: 'Zu früh',
    description:
      'Der Server verarbeitet keine Anfrage, die erneut eingespielt werden könnte (Replay), etwa eine in TLS ' +
      'Early Data gesendete. Erneut versuchen, sobald die Verbindung vollständig aufgebaut ist.',
  },
  426: {
    title: 'Upgrade erforderlich',
    description:
      'Der Server weigert sich, die Anfrage über das aktuelle Protokoll auszuführen. Der Upgrade-Header nennt ' +
      'die Protokolle, zu denen gewechselt werden muss.',
  },
  428: {
    title: 'Vorbedingung erforderlich',
    description:
      'Der Server verlangt, dass diese Anfrage bedingt ist, zum Beispiel mit If-Match, damit Änderungen anderer ' +
      'nicht überschrieben werden.',
  },
  429: {
    title: 'Zu viele Anfragen',
    description:
      'In einem bestimmten Zeitraum wurden zu viele Anfragen gesendet. Vor einem neuen Versuch warten; der ' +
      'Retry-After-Header kann angeben, wie lange.',
  },
  430: {
    title: 'Von Shopify aus Sicherheitsgründen abgelehnt',
    description:
      'Wird von Shopify verwendet, wenn eine Anfrage aus Sicherheitsgründen abgelehnt wird, zum Beispiel weil ' +
      'sie wie potenziell schädlicher automatisierter Datenverkehr aussieht.',
  },
  431: {
    title: 'Header-Felder der Anfrage zu groß',
    description:
      'Die Header-Felder der Anfrage, ein einzelnes oder alle zusammen, sind zu groß, als dass der Server sie ' +
      'verarbeiten könnte.',
  },
  440: {
    title: 'Anmeldung abgelaufen',
    description: 'Wird von Microsoft IIS verwendet, wenn die Sitzung abgelaufen ist. Zum Fortfahren erneut anmelden.',
  },
  444: {
    title: 'Keine Antwort',
    description:
      'Wird intern von nginx verwendet, wenn der Server die Verbindung geschlossen hat, ohne eine Antwort zu ' +
      'senden. Der Code erscheint in Serverprotokollen; Clients erhalten ihn nie.',
  },
  449: {
    title: 'Mit Angaben wiederholen',
    description:
      'Wird von Microsoft IIS verwendet, wenn der Anfrage Angaben fehlen, die der Server benötigt. Die Anfrage ' +
      'sollte wiederholt werden, sobald diese Angaben vorliegen.',
  },
  450: {
    title: 'Durch Windows-Jugendschutz blockiert',
    description:
      'Wird von Microsoft Windows verwendet, wenn der Jugendschutz den Zugriff auf die angeforderte Seite blockiert.',
  },
  451: {
    title: 'Aus rechtlichen Gründen nicht verfügbar',
    description:
      'Der Zugriff auf diese Ressource wird aufgrund einer rechtlichen Forderung verweigert, etwa einer ' +
      'gerichtlichen Anordnung (RFC 7725).',
  },
  460: {
    title: 'Client hat Verbindung vor dem Leerlauf-Timeout geschlossen',
    description:
      'Wird von AWS Elastic Load Balancing verwendet, wenn der Client die Verbindung geschlossen hat, bevor das ' +
      'Leerlauf-Timeout des Load Balancers abgelaufen war, oft weil das eigene Timeout des Clients kürzer ist.',
  },
  463: {
    title: 'Zu viele weitergeleitete IP-Adressen',
    description:
      'Wird von AWS Elastic Load Balancing verwendet, wenn der X-Forwarded-For-Header der Anfrage mehr als 30 ' +
      'IP-Adressen enthält.',
  },
  494: {
    title: 'Header der Anfrage zu groß',
    description:
      'Wird von nginx verwendet, wenn die Header der Anfrage zu groß sind, als dass der Server sie annehmen ' +
      'könnte; nginx verwendet diesen Code anstelle des Standardcodes 431.',
  },
  495: {
    title: 'SSL-Zertifikatfehler',
    description: 'Wird von nginx verwendet, wenn das mit der Anfrage gesendete Clientzertifikat ungültig ist.',
  },
  496: {
    title: 'SSL-Zertifikat erforderlich',
    description: 'Wird von nginx verwendet, wenn ein Clientzertifikat erforderlich ist, aber keines gesendet wurde.',
  },
  497: {
    title: 'HTTP-Anfrage an HTTPS-Port gesendet',
    description:
      'Wird von nginx verwendet, wenn eine einfache HTTP-Anfrage an einem Port eintrifft, der HTTPS erwartet. ' +
      'Stattdessen eine https://-Adresse verwenden.',
  },
  498: {
    title: 'Ungültiges Token',
    description:
      'Wird von Esri ArcGIS Server verwendet, wenn das Zugriffstoken abgelaufen oder anderweitig ungültig ist. ' +
      'Ein neues Token anfordern und erneut versuchen.',
  },
  499: {
    title: 'Anfrage vom Client geschlossen',
    description:
      'Wird von nginx verwendet, wenn der Client die Verbindung geschlossen hat, bevor der Server eine Antwort ' +
      'senden konnte. Der Code erscheint vor allem in Serverprotokollen.',
  },

  // 5xx Serverfehler
  '5xx': {
    title: 'Serverfehler',
    description:
      'Der Server konnte eine offenbar gültige Anfrage nicht ausführen. Ein Client, der einen 5xx-Code nicht ' +
      'kennt, behandelt ihn wie 500 Internal Server Error (RFC 9110, Abschnitt 15).',
  },
  500: {
    title: 'Interner Serverfehler',
    description:
      'Der Server ist auf einen unerwarteten Zustand gestoßen, der ihn daran gehindert hat, die Anfrage ' +
      'auszuführen. Später erneut versuchen.',
  },
  501: {
    title: 'Nicht implementiert',
    description:
      'Der Server unterstützt die Funktion nicht, die zum Ausführen der Anfrage nötig ist, zum Beispiel eine ' +
      'unbekannte Anfragemethode.',
  },
  502: {
    title: 'Fehlerhaftes Gateway',
    description:
      'Der Server hat als Gateway oder Proxy eine ungültige Antwort vom Upstream-Server erhalten. Später erneut ' +
      'versuchen.',
  },
  503: {
    title: 'Dienst nicht verfügbar',
    description:
      'Der Dienst kann die Anfrage vorübergehend nicht verarbeiten, zum Beispiel wegen Überlastung oder Wartung. ' +
      'Später erneut versuchen; der Retry-After-Header kann angeben, wann.',
  },
  504: {
    title: 'Gateway-Zeitüberschreitung',
    description:
      'Der Server hat als Gateway oder Proxy nicht rechtzeitig eine Antwort vom Upstream-Server erhalten. Später ' +
      'erneut versuchen.',
  },
  505: {
    title: 'HTTP-Version nicht unterstützt',
    description: 'Der Server unterstützt die Hauptversion von HTTP nicht, die in der Anfrage verwendet wird.',
  },
  506: {
    title: 'Variante handelt ebenfalls aus',
    description:
      'Der Server ist falsch konfiguriert: Die durch Inhaltsaushandlung gewählte Variante ist selbst zum ' +
      'Aushandeln eingerichtet, daher lässt sich keine Antwort auswählen (RFC 2295).',
  },
  507: {
    title: 'Unzureichender Speicherplatz',
    description:
      'Der Server kann die Daten nicht speichern, die zum Ausführen der Anfrage nötig sind. Der Zustand gilt als ' +
      'vorübergehend. Verwendet von WebDAV (RFC 4918).',
  },
  508: {
    title: 'Schleife erkannt',
    description:
      'Der Server hat die Verarbeitung der Anfrage abgebrochen, weil er eine Endlosschleife gefunden hat, etwa ' +
      'WebDAV-Bindungen, die auf sich selbst zurückführen (RFC 5842).',
  },
  509: {
    title: 'Bandbreitenlimit überschritten',
    description:
      'Wird vom Apache HTTP Server und von cPanel-Hosting verwendet, wenn die Website die Bandbreite ihres ' +
      'Hosting-Tarifs aufgebraucht hat. Später erneut versuchen.',
  },
  510: {
    title: 'Nicht erweitert',
    description:
      'Der Server verlangt weitere Erweiterungen der Anfrage, bevor er sie erfüllen kann (RFC 2774). Obsolet: ' +
      'Die IANA kennzeichnet den Code so, seit RFC 2774 den Status „Historic“ erhalten hat.',
  },
  511: {
    title: 'Netzwerkauthentifizierung erforderlich',
    description:
      'Das Netzwerk verlangt eine Authentifizierung, bevor es genutzt werden kann, zum Beispiel durch Anmelden ' +
      'auf der Portalseite eines WLANs.',
  },
  520: {
    title: 'Webserver meldet unbekannten Fehler',
    description:
      'Wird von Cloudflare verwendet, wenn der Ursprungs-Webserver eine leere, unbekannte oder unerwartete ' +
      'Antwort zurückgegeben hat. Später erneut versuchen.',
  },
  521: {
    title: 'Webserver ist ausgefallen',
    description:
      'Wird von Cloudflare verwendet, wenn der Ursprungs-Webserver die Verbindung abgelehnt hat. Später erneut ' +
      'versuchen.',
  },
  522: {
    title: 'Zeitüberschreitung der Verbindung',
    description:
      'Wird von Cloudflare verwendet, wenn eine Verbindung zum Ursprungs-Webserver nicht rechtzeitig aufgebaut ' +
      'werden konnte. Später erneut versuchen.',
  },
  523: {
    title: 'Ursprung nicht erreichbar',
    description:
      'Wird von Cloudflare verwendet, wenn der Ursprungs-Webserver nicht erreichbar ist, zum Beispiel weil keine ' +
      'Netzwerkroute zu ihm besteht. Später erneut versuchen.',
  },
  524: {
    title: 'Zeitüberschreitung aufgetreten',
    description:
      'Wird von Cloudflare verwendet, wenn die Verbindung zum Ursprungs-Webserver zwar bestand, aber innerhalb ' +
      'des Zeitlimits keine HTTP-Antwort einging. Später erneut versuchen.',
  },
  525: {
    title: 'SSL-Handshake fehlgeschlagen',
    description: 'Wird von Cloudflare verwendet, wenn der SSL/TLS-Handshake mit dem Ursprungs-Webserver fehlschlägt.',
  },
  526: {
    title: 'Ungültiges SSL-Zertifikat',
    description:
      'Wird von Cloudflare verwendet, wenn sich das SSL-Zertifikat des Ursprungs-Webservers nicht validieren ' +
      'lässt.',
  },
  527: {
    title: 'Railgun-Fehler',
    description:
      'Wurde von Cloudflare verwendet, wenn die Verbindung zum Railgun-Server des Ursprungs unterbrochen war. ' +
      'Obsolet: Cloudflare hat Railgun eingestellt.',
  },
  529: {
    title: 'Website ist überlastet',
    description:
      'Wird von der Qualys SSL Labs API verwendet, wenn der Dienst überlastet ist und keine weiteren Anfragen ' +
      'annehmen kann. Später erneut versuchen.',
  },
  530: {
    title: 'DNS-Fehler beim Ursprung',
    description:
      'Wird von Cloudflare zusammen mit einem Cloudflare-Fehler 1xxx verwendet, zum Beispiel wenn sich der ' +
      'Hostname des Ursprungsservers nicht auflösen lässt (Fehler 1016).',
  },
  561: {
    title: 'Nicht authentifiziert',
    description:
      'Wird von AWS Elastic Load Balancing verwendet, wenn der Identitätsanbieter einen Fehler zurückgegeben hat, ' +
      'während der Load Balancer den Benutzer authentifizierte.',
  },
} as const satisfies Record<HttpCode | HttpClassKey, Message>;
