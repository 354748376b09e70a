import type { Message } from '../../codes/types';
import type { WebSocketClassKey, WebSocketCode } from '../../codes/websocket';

/**
 * German titles and descriptions of WebSocket close codes and ranges. Titles stay short: they become the close
 * reason, which `closeReason()` cuts to 123 bytes (an umlaut takes two).
 */
export const websocket = {
  '0-999': {
    title: 'Nicht verwendet',
    description: 'Close-Codes unter 1000 werden nicht verwendet. Ein Endpunkt darf sie nicht senden.',
  },
  '1000-2999': {
    title: 'Für das Protokoll reserviert',
    description:
      'Reserviert für das WebSocket-Protokoll, seine künftigen Revisionen und Erweiterungen mit öffentlicher ' +
      'Spezifikation. Noch nicht registrierte Codes aus diesem Bereich dürfen nicht verwendet werden.',
  },
  '3000-3999': {
    title: 'Bibliotheken, Frameworks und Anwendungen',
    description:
      'Zur Verwendung durch Bibliotheken, Frameworks und Anwendungen. Die IANA registriert diese Codes in der ' +
      'Reihenfolge der Anträge, und ihre Bedeutung legt fest, wer sie registriert hat.',
  },
  '4000-4999': {
    title: 'Private Nutzung',
    description:
      'Zur privaten Nutzung durch Anwendungen, mit einer zwischen beiden Endpunkten vereinbarten Bedeutung. Diese ' +
      'Codes können nicht registriert werden.',
  },

  1000: {
    title: 'Normales Schließen',
    description: 'Die Verbindung wurde normal geschlossen: Der Zweck, für den sie geöffnet wurde, ist erfüllt.',
  },
  1001: {
    title: 'Endpunkt verschwindet',
    description:
      'Der Endpunkt verschwindet, zum Beispiel weil der Server herunterfährt oder der Browser die Seite verlassen ' +
      'hat.',
  },
  1002: {
    title: 'Protokollfehler',
    description:
      'Die Verbindung wurde geschlossen, weil der andere Endpunkt gegen das WebSocket-Protokoll verstoßen hat.',
  },
  1003: {
    title: 'Nicht unterstützte Daten',
    description:
      'Der Endpunkt hat Daten eines Typs empfangen, den er nicht annehmen kann, zum Beispiel eine Binärnachricht, ' +
      'obwohl er nur Text verarbeitet.',
  },
  1004: {
    title: 'Reserviert',
    description: 'Reserviert; eine Bedeutung kann künftig festgelegt werden. Der Code sollte nicht gesendet werden.',
  },
  1005: {
    title: 'Kein Statuscode empfangen',
    description:
      'Wird lokal gemeldet, wenn ein Close-Frame ohne Statuscode eingetroffen ist. Darf nie in einem Close-Frame ' +
      'gesendet werden.',
  },
  1006: {
    title: 'Abnormales Schließen',
    description:
      'Wird lokal gemeldet, wenn die Verbindung ohne Close-Frame verloren ging, zum Beispiel weil das Netzwerk ' +
      'ausgefallen ist. Darf nie in einem Close-Frame gesendet werden.',
  },
  1007: {
    title: 'Ungültige Nutzdaten im Frame',
    description:
      'Der Endpunkt hat Daten empfangen, die nicht zum Nachrichtentyp passen, zum Beispiel Bytes in einer ' +
      'Textnachricht, die kein gültiges UTF-8 sind.',
  },
  1008: {
    title: 'Richtlinienverstoß',
    description:
      'Der Endpunkt hat eine Nachricht empfangen, die gegen seine Richtlinie verstößt. Dieser allgemeine Code ' +
      'wird verwendet, wenn kein spezifischerer Code (etwa 1003 oder 1009) passt oder die Einzelheiten der ' +
      'Richtlinie verborgen bleiben sollen.',
  },
  1009: {
    title: 'Nachricht zu groß',
    description: 'Der Endpunkt hat eine Nachricht empfangen, die zu groß ist, als dass er sie verarbeiten könnte.',
  },
  1010: {
    title: 'Erforderliche Erweiterung',
    description:
      'Der Client hat die Verbindung geschlossen, weil der Server einer oder mehreren Erweiterungen, die der ' +
      'Client benötigt, nicht zugestimmt hat. Der Grund im Close-Frame sollte die fehlenden Erweiterungen nennen.',
  },
  1011: {
    title: 'Interner Fehler',
    description:
      'Der Server hat die Verbindung geschlossen, weil ein unerwarteter Zustand ihn daran gehindert hat, die ' +
      'Anfrage zu erfüllen.',
  },
  1012: {
    title: 'Dienstneustart',
    description:
      'Der Server hat die Verbindung geschlossen, weil er neu startet. Der Client kann sich nach einer zufälligen ' +
      'Wartezeit erneut verbinden; empfohlen werden 5 bis 30 Sekunden.',
  },
  1013: {
    title: 'Später erneut versuchen',
    description:
      'Der Server hat die Verbindung wegen eines vorübergehenden Zustands geschlossen, zum Beispiel wegen ' +
      'Überlastung. Der Client kann sich später erneut verbinden.',
  },
  1014: {
    title: 'Fehlerhaftes Gateway',
    description:
      'Der Server hat als Gateway oder Proxy eine ungültige Antwort vom Upstream-Server erhalten. Das ist das ' +
      'WebSocket-Gegenstück zu HTTP 502.',
  },
  1015: {
    title: 'TLS-Handshake fehlgeschlagen',
    description:
      'Wird lokal gemeldet, wenn die Verbindung geschlossen wurde, weil der TLS-Handshake fehlgeschlagen ist, zum ' +
      'Beispiel weil sich das Serverzertifikat nicht verifizieren ließ. Darf nie in einem Close-Frame gesendet ' +
      'werden.',
  },
} as const satisfies Record<WebSocketCode | WebSocketClassKey, Message>;
