import type { FtpClassKey, FtpCode } from '../../codes/ftp';
import type { Message } from '../../codes/types';

/**
 * German titles and descriptions of FTP reply codes and classes, with the usual German FTP terms
 * (Steuerverbindung, Datenverbindung, Passivmodus); command names (USER, PASS, EPSV) stay as the protocol has them.
 */
export const ftp = {
  '1xx': {
    title: 'Positive vorläufige Antwort',
    description:
      'Der Server hat die angeforderte Aktion begonnen. Eine weitere Antwort folgt, bevor der Client seinen ' +
      'nächsten Befehl sendet.',
  },
  '2xx': {
    title: 'Positive abschließende Antwort',
    description: 'Die angeforderte Aktion wurde erfolgreich abgeschlossen. Der Client kann einen neuen Befehl senden.',
  },
  '3xx': {
    title: 'Positive Zwischenantwort',
    description:
      'Der Befehl wurde angenommen, aber der Server benötigt weitere Informationen vom Client, meist den nächsten ' +
      'Befehl einer Folge, bevor er die Aktion abschließen kann.',
  },
  '4xx': {
    title: 'Vorübergehende negative abschließende Antwort',
    description:
      'Der Befehl ist fehlgeschlagen, aber die Ursache ist vorübergehend. Derselbe Befehl kann später gelingen.',
  },
  '5xx': {
    title: 'Dauerhafte negative abschließende Antwort',
    description:
      'Der Befehl ist fehlgeschlagen, und unverändert erneut gesendet scheitert er auf dieselbe Weise. Den Befehl ' +
      'oder seine Argumente ändern.',
  },
  '6xx': {
    title: 'Geschützte Antwort',
    description:
      'Die Antwort ist durch den nach RFC 2228 ausgehandelten Sicherheitsmechanismus geschützt. Ihr Text ist eine ' +
      'kodierte Antwort, die der Client dekodieren und prüfen muss, um die eigentliche Antwort zu lesen.',
  },

  110: {
    title: 'Antwort mit Neustartmarkierung',
    description:
      'Der Server meldet eine Neustartmarkierung in der festen Form „MARK yyyy = mmmm“ und ordnet dabei die ' +
      'Markierung des Clients seiner eigenen zu. Der Client kann damit eine unterbrochene Übertragung fortsetzen.',
  },
  120: {
    title: 'Dienst in nnn Minuten bereit',
    description:
      'Der Server ist noch nicht bereit und erwartet, in etwa nnn Minuten neue Benutzer anzunehmen. Sobald er ' +
      'bereit ist, sendet er 220.',
  },
  125: {
    title: 'Datenverbindung bereits offen; Übertragung beginnt',
    description: 'Eine Datenverbindung ist bereits offen, und der Server beginnt auf ihr die Übertragung.',
  },
  150: {
    title: 'Dateistatus in Ordnung; Datenverbindung wird geöffnet',
    description: 'Die Datei ist bereit, und der Server öffnet gleich die Datenverbindung für die Übertragung.',
  },
  200: {
    title: 'Befehl in Ordnung',
    description: 'Der Befehl wurde angenommen und ausgeführt.',
  },
  202: {
    title: 'Befehl nicht implementiert, auf diesem System überflüssig',
    description:
      'Der Server implementiert diesen Befehl nicht, weil er auf diesem System keinen Zweck erfüllt. Es war nichts ' +
      'zu tun, der Client kann fortfahren.',
  },
  211: {
    title: 'Systemstatus oder Systemhilfe',
    description:
      'Der Server gibt seinen Status oder allgemeine Hilfeinformationen zurück, zum Beispiel als Antwort auf STAT ' +
      'oder FEAT.',
  },
  212: {
    title: 'Verzeichnisstatus',
    description: 'Der Server gibt Statusinformationen zu einem Verzeichnis zurück.',
  },
  213: {
    title: 'Dateistatus',
    description:
      'Der Server gibt Statusinformationen zu einer Datei zurück, etwa ihre Größe (SIZE) oder ihren ' +
      'Änderungszeitpunkt (MDTM).',
  },
  214: {
    title: 'Hilfemeldung',
    description:
      'Der Server gibt Hilfe zu seiner Verwendung oder zur Bedeutung eines nicht standardisierten Befehls zurück. ' +
      'Der Text richtet sich an menschliche Leser.',
  },
  215: {
    title: 'NAME-Systemtyp',
    description:
      'Der Server nennt den Typ seines Betriebssystems, etwa „UNIX Type: L8“, mit einem offiziellen Systemnamen ' +
      'aus der heute von der IANA geführten Liste.',
  },
  220: {
    title: 'Dienst bereit für neuen Benutzer',
    description:
      'Der Server ist bereit, einen neuen Benutzer anzunehmen. Das ist meist die Begrüßung beim Öffnen der ' +
      'Steuerverbindung.',
  },
  221: {
    title: 'Dienst schließt Steuerverbindung',
    description:
      'Der Server schließt die Steuerverbindung, meist als Antwort auf QUIT. Der Benutzer wurde gegebenenfalls ' +
      'abgemeldet.',
  },
  225: {
    title: 'Datenverbindung offen; keine Übertragung im Gange',
    description: 'Die Datenverbindung ist offen, und auf ihr läuft keine Übertragung.',
  },
  226: {
    title: 'Datenverbindung wird geschlossen',
    description:
      'Der Server schließt die Datenverbindung, weil die angeforderte Dateiaktion erfolgreich war, zum Beispiel ' +
      'eine abgeschlossene oder eine abgebrochene Übertragung.',
  },
  227: {
    title: 'Passivmodus wird aktiviert',
    description:
      'Der Server wartet auf die Datenverbindung an der IPv4-Adresse und dem Port, die als (h1,h2,h3,h4,p1,p2) ' +
      'angegeben sind. Der Client sollte sich dorthin verbinden.',
  },
  228: {
    title: 'Langer Passivmodus wird aktiviert',
    description:
      'Der Server wartet auf die Datenverbindung an der langen Adresse und dem Port aus der Antwort. Das ist die ' +
      'Antwort auf den experimentellen LPSV-Befehl aus RFC 1639, den EPSV (229) weitgehend ersetzt hat.',
  },
  229: {
    title: 'Erweiterter Passivmodus wird aktiviert',
    description:
      'Der Server wartet auf die Datenverbindung an dem als (|||port|) angegebenen Port. Der Client verbindet sich ' +
      'mit diesem Port unter derselben Adresse, die er für die Steuerverbindung verwendet.',
  },
  230: {
    title: 'Benutzer angemeldet, fortfahren',
    description:
      'Die Anmeldung war erfolgreich. Der Client kann jetzt die Befehle verwenden, die dieser Benutzer ausführen ' +
      'darf.',
  },
  232: {
    title: 'Benutzer angemeldet, durch Austausch von Sicherheitsdaten autorisiert',
    description:
      'Die Anmeldung war ohne Passwort erfolgreich, weil die zuvor ausgetauschten Sicherheitsdaten die Identität ' +
      'des Benutzers bereits belegen.',
  },
  234: {
    title: 'Austausch von Sicherheitsdaten abgeschlossen',
    description:
      'Der Server akzeptiert den mit AUTH angeforderten Sicherheitsmechanismus, und es müssen keine ' +
      'Sicherheitsdaten ausgetauscht werden. Bei AUTH TLS folgt als Nächstes der TLS-Handshake.',
  },
  235: {
    title: 'Austausch von Sicherheitsdaten erfolgreich abgeschlossen',
    description:
      'Die mit ADAT gesendeten Sicherheitsdaten wurden akzeptiert, und der Austausch ist abgeschlossen. Die ' +
      'Antwort kann abschließende Sicherheitsdaten für den Client enthalten.',
  },
  250: {
    title: 'Angeforderte Dateiaktion in Ordnung, abgeschlossen',
    description:
      'Die angeforderte Dateiaktion, etwa ein Verzeichniswechsel oder das Löschen oder Umbenennen einer Datei, ' +
      'wurde abgeschlossen.',
  },
  257: {
    title: '"PFADNAME" erstellt',
    description:
      'Das Verzeichnis wurde erstellt (MKD), oder das aktuelle Verzeichnis wird gemeldet (PWD). Der Pfadname ' +
      'steht in doppelten Anführungszeichen.',
  },
  331: {
    title: 'Benutzername in Ordnung, Passwort erforderlich',
    description:
      'Der Server hat den Benutzernamen akzeptiert und benötigt jetzt das Passwort. Das Passwort mit PASS senden.',
  },
  332: {
    title: 'Konto für Anmeldung erforderlich',
    description:
      'Der Server benötigt Kontoinformationen, bevor die Anmeldung abgeschlossen werden kann. Die ' +
      'Kontoinformationen mit ACCT senden.',
  },
  334: {
    title: 'Sicherheitsmechanismus in Ordnung',
    description:
      'Der Server akzeptiert den mit AUTH angeforderten Sicherheitsmechanismus. Die Antwort kann Sicherheitsdaten ' +
      'enthalten, und der Client setzt den Austausch mit ADAT fort.',
  },
  335: {
    title: 'Sicherheitsdaten akzeptabel, weitere erforderlich',
    description:
      'Die mit ADAT gesendeten Sicherheitsdaten wurden akzeptiert, für den Abschluss des Austauschs werden aber ' +
      'weitere benötigt. Das nächste ADAT senden.',
  },
  336: {
    title: 'Benutzername in Ordnung, Passwort erforderlich; Challenge folgt',
    description:
      'Der Server hat den Benutzernamen akzeptiert und stellt im Antworttext eine Challenge. Das mit PASS ' +
      'gesendete Passwort ist die Antwort auf diese Challenge, zum Beispiel ein Einmalpasswort.',
  },
  350: {
    title: 'Angeforderte Dateiaktion wartet auf weitere Informationen',
    description:
      'Der Server benötigt einen weiteren Befehl, um die Aktion abzuschließen, etwa RNTO nach RNFR oder den ' +
      'Übertragungsbefehl nach REST.',
  },
  421: {
    title: 'Dienst nicht verfügbar, Steuerverbindung wird geschlossen',
    description:
      'Der Server schließt die Steuerverbindung, zum Beispiel weil er herunterfährt oder zu viele Benutzer hat. ' +
      'Diese Antwort kann auf jeden Befehl folgen. Später erneut versuchen.',
  },
  425: {
    title: 'Datenverbindung kann nicht geöffnet werden',
    description:
      'Der Server konnte die Datenverbindung nicht öffnen. Die Einstellung für passiven oder aktiven Modus sowie ' +
      'Firewalls oder NAT auf dem Weg prüfen, dann erneut versuchen.',
  },
  426: {
    title: 'Verbindung geschlossen; Übertragung abgebrochen',
    description: 'Die Datenverbindung wurde geschlossen und die Übertragung abgebrochen. Die Übertragung neu starten.',
  },
  431: {
    title: 'Für die Sicherheitsverarbeitung benötigte Ressource nicht verfügbar',
    description:
      'Der Server kann die Sicherheitsanfrage derzeit nicht verarbeiten, weil eine dafür benötigte Ressource ' +
      'nicht verfügbar ist. Ein späterer Versuch kann gelingen.',
  },
  450: {
    title: 'Angeforderte Dateiaktion nicht ausgeführt: Datei nicht verfügbar',
    description:
      'Die Dateiaktion wurde nicht ausgeführt, weil die Datei vorübergehend nicht verfügbar ist, zum Beispiel ' +
      'weil sie belegt ist. Später erneut versuchen.',
  },
  451: {
    title: 'Angeforderte Aktion abgebrochen: lokaler Verarbeitungsfehler',
    description:
      'Der Server hat die Aktion wegen eines Fehlers auf seiner Seite während der Verarbeitung abgebrochen. ' +
      'Später erneut versuchen.',
  },
  452: {
    title: 'Angeforderte Aktion nicht ausgeführt: unzureichender Speicherplatz',
    description: 'Die Aktion wurde nicht ausgeführt, weil der Server derzeit nicht genug Speicherplatz hat.',
  },
  500: {
    title: 'Syntaxfehler, Befehl nicht erkannt',
    description:
      'Der Server hat den Befehl nicht erkannt. Die Ursache kann ein Syntaxfehler oder eine zu lange ' +
      'Befehlszeile sein.',
  },
  501: {
    title: 'Syntaxfehler in Parametern oder Argumenten',
    description: 'Der Befehl ist bekannt, aber seine Parameter oder Argumente sind ungültig.',
  },
  502: {
    title: 'Befehl nicht implementiert',
    description: 'Der Server implementiert diesen Befehl nicht.',
  },
  503: {
    title: 'Falsche Befehlsreihenfolge',
    description: 'Der Befehl kam in der falschen Reihenfolge, zum Beispiel PASS vor USER oder RNTO ohne RNFR.',
  },
  504: {
    title: 'Befehl für diesen Parameter nicht implementiert',
    description:
      'Der Server implementiert den Befehl, aber nicht mit dem angegebenen Parameter, zum Beispiel einen nicht ' +
      'unterstützten TYPE oder MODE.',
  },
  522: {
    title: 'Netzwerkprotokoll nicht unterstützt',
    description:
      'Der Server unterstützt das mit EPRT oder EPSV angeforderte Netzwerkprotokoll nicht. Die Antwort listet die ' +
      'unterstützten auf, zum Beispiel (1,2) für IPv4 und IPv6.',
  },
  530: {
    title: 'Nicht angemeldet',
    description:
      'Der Befehl erfordert eine Anmeldung, oder die Anmeldung ist fehlgeschlagen. Zuerst mit gültigen ' +
      'Anmeldedaten anmelden.',
  },
  532: {
    title: 'Konto zum Speichern von Dateien erforderlich',
    description: 'Der Server benötigt Kontoinformationen, gesendet mit ACCT, bevor er Dateien annimmt.',
  },
  533: {
    title: 'Schutzstufe für Befehle aus Richtliniengründen abgelehnt',
    description:
      'Der Server lehnt Befehle mit dieser Schutzstufe aufgrund seiner Sicherheitsrichtlinie ab, zum Beispiel ' +
      'weil sie geschützte Befehle verlangt.',
  },
  534: {
    title: 'Anfrage aus Richtliniengründen abgelehnt',
    description: 'Der Server lehnt die Anfrage ab, weil seine Sicherheitsrichtlinie sie nicht erlaubt.',
  },
  535: {
    title: 'Sicherheitsprüfung fehlgeschlagen',
    description:
      'Ein geschützter Befehl hat die Sicherheitsprüfung nicht bestanden, zum Beispiel wegen eines falschen Hashs ' +
      'oder einer falschen Sequenznummer.',
  },
  536: {
    title: 'Angeforderte PROT-Stufe vom Mechanismus nicht unterstützt',
    description:
      'Der verwendete Sicherheitsmechanismus kann die mit PROT angeforderte Schutzstufe für den Datenkanal nicht ' +
      'bieten.',
  },
  537: {
    title: 'Schutzstufe für Befehle vom Sicherheitsmechanismus nicht unterstützt',
    description:
      'Der verwendete Sicherheitsmechanismus kann Befehle nicht auf der angeforderten Stufe (MIC, CONF oder ENC) ' +
      'schützen.',
  },
  550: {
    title: 'Angeforderte Aktion nicht ausgeführt: Datei nicht verfügbar',
    description:
      'Die Aktion wurde nicht ausgeführt, weil die Datei oder das Verzeichnis nicht verfügbar ist, zum Beispiel ' +
      'weil das Ziel nicht existiert oder der Zugriff darauf verweigert wird.',
  },
  551: {
    title: 'Angeforderte Aktion abgebrochen: Seitentyp unbekannt',
    description: 'Der Server hat die Aktion abgebrochen, weil er den Seitentyp der Datei (Seitenstruktur) nicht kennt.',
  },
  552: {
    title: 'Angeforderte Dateiaktion abgebrochen: Speicherzuteilung überschritten',
    description:
      'Der Server hat die Aktion abgebrochen, weil der dem aktuellen Verzeichnis oder Datenbestand zugeteilte ' +
      'Speicher aufgebraucht ist.',
  },
  553: {
    title: 'Angeforderte Aktion nicht ausgeführt: Dateiname nicht erlaubt',
    description: 'Die Aktion wurde nicht ausgeführt, weil der Server diesen Dateinamen nicht erlaubt.',
  },
  631: {
    title: 'Integritätsgeschützte Antwort',
    description:
      'Der Antworttext ist eine Base64-kodierte, integritätsgeschützte Nachricht. Der Client dekodiert und prüft ' +
      'sie, um die eigentliche Antwort zu erhalten.',
  },
  632: {
    title: 'Vertraulichkeits- und integritätsgeschützte Antwort',
    description:
      'Der Antworttext ist eine Base64-kodierte Nachricht, die verschlüsselt und integritätsgeschützt ist. Der ' +
      'Client dekodiert, entschlüsselt und prüft sie, um die eigentliche Antwort zu erhalten.',
  },
  633: {
    title: 'Vertraulichkeitsgeschützte Antwort',
    description:
      'Der Antworttext ist eine Base64-kodierte, verschlüsselte Nachricht. Der Client dekodiert und entschlüsselt ' +
      'sie, um die eigentliche Antwort zu erhalten.',
  },
} as const satisfies Record<FtpCode | FtpClassKey, Message>;
