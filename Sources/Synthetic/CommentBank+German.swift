// The German comments of the bank, written as customers write: umlauts and ß (written as ae/oe/ue/ss by some
// customers, see `CommentFragment`), negations, intensifiers, typos, sarcasm, quotes, commas, line breaks.
// Not written to any analyzer's lexicon.

extension CommentBank {
    /// Sentences about one theme, by tone.
    static let german: [CommentTheme: ToneTexts] = [
        .price: ToneTexts(
            positive: ["Preis-Leistung stimmt absolut.", "Für das, was man bekommt, echt günstig",
                       "Nicht billig, aber jeden Euro wert", "Fairer Preis, faire Konditionen"],
            mixed: ["Gutes Produkt, aber der Preis steigt jedes Jahr", "Passt schon, für kleine Teams etwas zu teuer",
                    "Ganz ok, ob es das Geld wert ist, weiß ich noch nicht"],
            negative: ["Viel zu teuer für das, was geboten wird.", "Schon wieder eine Preiserhöhung?! Echt jetzt.",
                       "Wir zahlen jeden Monat ein Vermögen und bekommen \"Premium\" nur auf dem Papier",
                       "Super Preis-Leistung... nicht.", "Überteuert, ganz einfach"]),
        .support: ToneTexts(
            positive: ["Der Support ist spitze, Antwort innerhalb von Minuten!", "Sehr freundlicher und kompetenter Kundenservice",
                       "Großes Lob an das Support-Team, total hilfsbereit", "Der Kundendienst hat uns super geholfen"],
            mixed: ["Support ist freundlich, aber man wartet tagelang auf eine Antwort",
                    "Hotline schwer erreichbar, danach aber hilfreich"],
            negative: ["Auf meine Tickets antwortet niemand.", "Der Support war nicht wirklich hilfreich",
                       "Seit drei Wochen keine Antwort vom Kundenservice. DREI WOCHEN.",
                       "\"Wir rufen zurück\" – hat natürlich nie jemand", "Toller Service... eine Stunde in der Warteschleife, danke auch",
                       "Kundenservice ist eine Katastrophe"]),
        .onboarding: ToneTexts(
            positive: ["Die Einrichtung ging schnell und problemlos", "Super Onboarding, wir waren am ersten Tag startklar",
                       "Die Schulung war sehr hilfreich, danke!", "Einfache Anleitung, alles in 10 Minuten eingerichtet"],
            mixed: ["Die Einrichtung war etwas mühsam, jetzt läuft es", "Der Einstieg hat länger gedauert als gedacht",
                    "Onboarding ok, die Anleitung könnte besser sein"],
            negative: ["Die Einrichtung ist ein Albtraum, nach zwei Wochen immer noch nicht fertig",
                       "Keine Hilfe beim Einstieg, wir waren komplett auf uns allein gestellt",
                       "Die Anleitung ist veraltet und verwirrend", "Registrierung hat dreimal nicht geklappt"]),
        .reliability: ToneTexts(
            positive: ["Läuft absolut stabil, nie einen Ausfall gehabt", "Sehr zuverlässig, funktioniert einfach",
                       "Seit dem Wechsel keine einzige Störung"],
            mixed: ["Meistens stabil, aber in letzter Zeit ein paar Ausfälle", "Gut, wenn es funktioniert. Stürzt neuerdings öfter ab.",
                    "Läuft ok, die Sync-Fehler nerven aber"],
            negative: ["Die App stürzt ständig ab", "Schon der dritte Ausfall diesen Monat. Inakzeptabel.",
                       "Toll, schon wieder ein Ausfall. Genau das, was ich am Montag brauche",
                       "Seit dem letzten Update funktioniert gar nichts mehr", "Ständig Fehlermeldungen, \"Sync fehlgeschlagen\"",
                       "Total unzuverlässig geworden, dauernd ausgeloggt"]),
        .features: ToneTexts(
            positive: ["Die neue Exportfunktion spart uns Stunden", "Tolle Funktionen, die Schnittstelle zu unserem CRM ist super",
                       "Alle Funktionen, die wir brauchen", "Das Dashboard ist genial"],
            mixed: ["Macht, was es soll.\nBerichte könnten besser sein,\nExport auch.", "Gute Funktionen, aber immer noch kein Dark Mode?",
                    "Grundfunktionen gut, es fehlen ein paar Integrationen"],
            negative: ["Es fehlen immer noch grundlegende Funktionen wie Massenexport", "Die Integration mit unserem CRM hat nie funktioniert",
                       "Die einzige Funktion, die wir genutzt haben, wurde entfernt", "Keine API, kein Export, nein danke"]),
        .usability: ToneTexts(
            positive: ["Super einfach zu bedienen", "Übersichtlich und intuitiv, so muss das sein",
                       "Das neue Design gefällt mir sehr, alles leicht zu finden"],
            mixed: ["Mächtig, aber die Oberfläche ist gewöhnungsbedürftig", "Schönes Design, aber die Menüs sind etwas verwirrend"],
            negative: ["Die neue Oberfläche ist total unübersichtlich", "Viel zu kompliziert für so einfache Aufgaben",
                       "Umständliche Bedienung, viel zu viele Klicks", "Wer hat sich dieses Menü ausgedacht?"]),
        .delivery: ToneTexts(
            positive: ["Lieferung war super schnell, einen Tag früher da", "Paket kam schnell und gut verpackt an",
                       "Schneller Versand, Sendungsverfolgung hat geklappt"],
            mixed: ["Produkt gut, Lieferung hat gedauert", "Kam zu spät an, aber vollständig"],
            negative: ["Meine Bestellung ist nach zwei Wochen immer noch nicht da", "Der Paketbote hat das Paket einfach im Regen stehen lassen",
                       "Lieferung schon wieder verspätet", "Laut Tracking zugestellt. Ist es nicht."]),
        .billing: ToneTexts(
            positive: ["Abrechnung klar und verständlich", "Die Rückerstattung kam nach zwei Tagen, danke",
                       "Bezahlung unkompliziert, keine Überraschungen auf der Rechnung"],
            mixed: ["Guter Service, aber die Rechnungen sind unübersichtlich", "Abrechnung ok, Zahlung per Rechnung wäre schön"],
            negative: ["Die Rechnung war zweimal falsch", "Doppelt abgebucht und warte immer noch auf die Erstattung",
                       "Add-on gekündigt und trotzdem weiter bezahlt", "Keiner kann mir meine Rechnung erklären, nicht mal der Support"]),
        .communication: ToneTexts(
            positive: ["Wir werden immer gut über Änderungen informiert", "Klare Kommunikation, gute Release Notes",
                       "Der Newsletter ist tatsächlich nützlich"],
            mixed: ["Gutes Produkt, aber zu viele E-Mails", "Ich würde gern vorher über Änderungen informiert werden"],
            negative: ["Viel zu viele Mails, zweimal abgemeldet", "Über die Wartung hat uns niemand informiert",
                       "AGB geändert, ohne es jemandem zu sagen", "Spam, Spam, Spam. Hört auf, mir zu mailen."]),
        .performance: ToneTexts(
            positive: ["Schnell, Seiten laden sofort", "Blitzschnell, auch bei großen Berichten",
                       "Die Geschwindigkeit ist dieses Jahr viel besser geworden"],
            mixed: ["Insgesamt ok, aber manchmal ziemlich langsam", "Funktioniert, aber das Laden dauert ewig",
                    "Am PC schnell, am Handy eher träge"],
            negative: ["Sooo langsam. Jede Seite lädt ewig", "Die App ist extrem langsam geworden",
                       "Ich liebe es, 30 Sekunden auf eine Seite zu warten... nicht", "Seit dem Update unerträglich lahm"]),
    ]

    /// Comments with no theme, by tone.
    static let germanGeneric = ToneTexts(
        positive: ["Alles super!", "Top Produkt, gerne wieder", "Macht genau, was wir brauchen.", "Sehr zufrieden",
                   "Absolut empfehlenswert", "Weiter so!"],
        mixed: ["Passt.", "Ganz ok", "Geht so", "Nicht schlecht, nicht gut", "Erfüllt seinen Zweck"],
        negative: ["Wir wechseln zur Konkurrenz, sorry", "Sehr enttäuscht", "Katastrophe", "Nicht zu empfehlen",
                   "Kündige zum Monatsende."])

    /// Words before the main sentence, by tone.
    static let germanOpeners = ToneTexts(
        positive: ["Ehrlich gesagt:", "Rundum zufrieden.", "Kurz und knapp:", "Bisher alles gut!"],
        mixed: ["Hmm.", "Fairerweise:", "Insgesamt ok, aber...", "Gemischte Gefühle."],
        negative: ["Ehrlich?", "Wo soll ich anfangen.", "Tut mir leid, aber:", "Schade."])

    /// Words after the main sentence, by tone.
    static let germanClosers = ToneTexts(
        positive: ["Weiter so!", "Klare Empfehlung.", "Danke ans Team!", "Gerne wieder."],
        mixed: ["Wenn das besser wird, gibt es eine 10.", "Sonst passt alles.", "Mal sehen.", "Bin noch unentschlossen"],
        negative: ["Überlege zu kündigen.", "Bitte dringend beheben.", "Sehr enttäuschend.", "Wir verlängern nicht."])
}
