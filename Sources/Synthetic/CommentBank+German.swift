// The German comments of the bank, written as customers write: umlauts and ß (written as ae/oe/ue/ss by some
// customers, see `CommentFragment`), negations, intensifiers, typos, sarcasm, quotes, commas, line breaks.
// Not written to any analyzer's lexicon.

extension CommentBank {
    /// By theme, then the texts about no theme, the openers and the closers (read by `LanguageTexts(table:)`).
    static let german = LanguageTexts(table: #"""
        [price]
        + Preis-Leistung stimmt absolut.
        + Für das, was man bekommt, echt günstig
        + Nicht billig, aber jeden Euro wert
        + Fairer Preis, faire Konditionen
        ~ Gutes Produkt, aber der Preis steigt jedes Jahr
        ~ Passt schon, für kleine Teams etwas zu teuer
        ~ Ganz ok, ob es das Geld wert ist, weiß ich noch nicht
        - Viel zu teuer für das, was geboten wird.
        - Schon wieder eine Preiserhöhung?! Echt jetzt.
        - Wir zahlen jeden Monat ein Vermögen und bekommen "Premium" nur auf dem Papier
        - Super Preis-Leistung... nicht.
        - Überteuert, ganz einfach

        [support]
        + Der Support ist spitze, Antwort innerhalb von Minuten!
        + Sehr freundlicher und kompetenter Kundenservice
        + Großes Lob an das Support-Team, total hilfsbereit
        + Der Kundendienst hat uns super geholfen
        ~ Support ist freundlich, aber man wartet tagelang auf eine Antwort
        ~ Hotline schwer erreichbar, danach aber hilfreich
        - Auf meine Tickets antwortet niemand.
        - Der Support war nicht wirklich hilfreich
        - Seit drei Wochen keine Antwort vom Kundenservice. DREI WOCHEN.
        - "Wir rufen zurück" – hat natürlich nie jemand
        - Toller Service... eine Stunde in der Warteschleife, danke auch
        - Kundenservice ist eine Katastrophe

        [onboarding]
        + Die Einrichtung ging schnell und problemlos
        + Super Onboarding, wir waren am ersten Tag startklar
        + Die Schulung war sehr hilfreich, danke!
        + Einfache Anleitung, alles in 10 Minuten eingerichtet
        ~ Die Einrichtung war etwas mühsam, jetzt läuft es
        ~ Der Einstieg hat länger gedauert als gedacht
        ~ Onboarding ok, die Anleitung könnte besser sein
        - Die Einrichtung ist ein Albtraum, nach zwei Wochen immer noch nicht fertig
        - Keine Hilfe beim Einstieg, wir waren komplett auf uns allein gestellt
        - Die Anleitung ist veraltet und verwirrend
        - Registrierung hat dreimal nicht geklappt

        [reliability]
        + Läuft absolut stabil, nie einen Ausfall gehabt
        + Sehr zuverlässig, funktioniert einfach
        + Seit dem Wechsel keine einzige Störung
        ~ Meistens stabil, aber in letzter Zeit ein paar Ausfälle
        ~ Gut, wenn es funktioniert. Stürzt neuerdings öfter ab.
        ~ Läuft ok, die Sync-Fehler nerven aber
        - Die App stürzt ständig ab
        - Schon der dritte Ausfall diesen Monat. Inakzeptabel.
        - Toll, schon wieder ein Ausfall. Genau das, was ich am Montag brauche
        - Seit dem letzten Update funktioniert gar nichts mehr
        - Ständig Fehlermeldungen, "Sync fehlgeschlagen"
        - Total unzuverlässig geworden, dauernd ausgeloggt

        [features]
        + Die neue Exportfunktion spart uns Stunden
        + Tolle Funktionen, die Schnittstelle zu unserem CRM ist super
        + Alle Funktionen, die wir brauchen
        + Das Dashboard ist genial
        ~ Macht, was es soll.\nBerichte könnten besser sein,\nExport auch.
        ~ Gute Funktionen, aber immer noch kein Dark Mode?
        ~ Grundfunktionen gut, es fehlen ein paar Integrationen
        - Es fehlen immer noch grundlegende Funktionen wie Massenexport
        - Die Integration mit unserem CRM hat nie funktioniert
        - Die einzige Funktion, die wir genutzt haben, wurde entfernt
        - Keine API, kein Export, nein danke

        [usability]
        + Super einfach zu bedienen
        + Übersichtlich und intuitiv, so muss das sein
        + Das neue Design gefällt mir sehr, alles leicht zu finden
        ~ Mächtig, aber die Oberfläche ist gewöhnungsbedürftig
        ~ Schönes Design, aber die Menüs sind etwas verwirrend
        - Die neue Oberfläche ist total unübersichtlich
        - Viel zu kompliziert für so einfache Aufgaben
        - Umständliche Bedienung, viel zu viele Klicks
        - Wer hat sich dieses Menü ausgedacht?

        [delivery]
        + Lieferung war super schnell, einen Tag früher da
        + Paket kam schnell und gut verpackt an
        + Schneller Versand, Sendungsverfolgung hat geklappt
        ~ Produkt gut, Lieferung hat gedauert
        ~ Kam zu spät an, aber vollständig
        - Meine Bestellung ist nach zwei Wochen immer noch nicht da
        - Der Paketbote hat das Paket einfach im Regen stehen lassen
        - Lieferung schon wieder verspätet
        - Laut Tracking zugestellt. Ist es nicht.

        [billing]
        + Abrechnung klar und verständlich
        + Die Rückerstattung kam nach zwei Tagen, danke
        + Bezahlung unkompliziert, keine Überraschungen auf der Rechnung
        ~ Guter Service, aber die Rechnungen sind unübersichtlich
        ~ Abrechnung ok, Zahlung per Rechnung wäre schön
        - Die Rechnung war zweimal falsch
        - Doppelt abgebucht und warte immer noch auf die Erstattung
        - Add-on gekündigt und trotzdem weiter bezahlt
        - Keiner kann mir meine Rechnung erklären, nicht mal der Support

        [communication]
        + Wir werden immer gut über Änderungen informiert
        + Klare Kommunikation, gute Release Notes
        + Der Newsletter ist tatsächlich nützlich
        ~ Gutes Produkt, aber zu viele E-Mails
        ~ Ich würde gern vorher über Änderungen informiert werden
        - Viel zu viele Mails, zweimal abgemeldet
        - Über die Wartung hat uns niemand informiert
        - AGB geändert, ohne es jemandem zu sagen
        - Spam, Spam, Spam. Hört auf, mir zu mailen.

        [performance]
        + Schnell, Seiten laden sofort
        + Blitzschnell, auch bei großen Berichten
        + Die Geschwindigkeit ist dieses Jahr viel besser geworden
        ~ Insgesamt ok, aber manchmal ziemlich langsam
        ~ Funktioniert, aber das Laden dauert ewig
        ~ Am PC schnell, am Handy eher träge
        - Sooo langsam. Jede Seite lädt ewig
        - Die App ist extrem langsam geworden
        - Ich liebe es, 30 Sekunden auf eine Seite zu warten... nicht
        - Seit dem Update unerträglich lahm

        [generic]
        + Alles super!
        + Top Produkt, gerne wieder
        + Macht genau, was wir brauchen.
        + Sehr zufrieden
        + Absolut empfehlenswert
        + Weiter so!
        ~ Passt.
        ~ Ganz ok
        ~ Geht so
        ~ Nicht schlecht, nicht gut
        ~ Erfüllt seinen Zweck
        - Wir wechseln zur Konkurrenz, sorry
        - Sehr enttäuscht
        - Katastrophe
        - Nicht zu empfehlen
        - Kündige zum Monatsende.

        [opener]
        + Ehrlich gesagt:
        + Rundum zufrieden.
        + Kurz und knapp:
        + Bisher alles gut!
        ~ Hmm.
        ~ Fairerweise:
        ~ Insgesamt ok, aber...
        ~ Gemischte Gefühle.
        - Ehrlich?
        - Wo soll ich anfangen.
        - Tut mir leid, aber:
        - Schade.

        [closer]
        + Weiter so!
        + Klare Empfehlung.
        + Danke ans Team!
        + Gerne wieder.
        ~ Wenn das besser wird, gibt es eine 10.
        ~ Sonst passt alles.
        ~ Mal sehen.
        ~ Bin noch unentschlossen
        - Überlege zu kündigen.
        - Bitte dringend beheben.
        - Sehr enttäuschend.
        - Wir verlängern nicht.
        """#)
}
