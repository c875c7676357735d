// The built-in themes and their words in English and German, written for ChurnCast by hand.
// One theme a line: `THEME: entry, entry, …` (a line may continue a theme). An entry is a word, a phrase of words,
// a stem `word*` (any word beginning with it), `*word` (any word ending with it: German compounds such as
// "Kundenservice") or `*word*` (any word containing it). Entries are normalised like comments (ä→ae, ß→ss, …).
// An entry marked `~` ("fast", "schnell", "works") is weak: it names its theme only in a clause that no other
// entry gives a theme, so "fast shipping" is delivery, not performance.
// The order of the themes here is the order they are listed in an analysis.

enum ThemeLexicon {
    static let text = """
    price: price*, *price, pricing, cost, costs, costly, expensive, overpriced, pricey, cheap, cheaper, cheapest,
    price: affordable, value for money, worth the money, fee, fees, subscription fee, discount*, tariff, plan price,
    price: *preis*, teuer, teurer, ueberteuert, guenstig*, billig*, kosten, kostet, gebuehr*, *gebuehr, rabatt*,
    price: preis-leistung, tarif*, aufpreis, *kosten
    support: support*, *support, customer service, *service, helpdesk, help desk, hotline, agent, agents, ~staff,
    support: ~help, ticket*, chat, live chat, representative, rep, call center, callback, calls back, ~answered, ~reply,
    support: *hotline, *dienst, kundendienst, kundenservice*, mitarbeiter*, servicemitarbeiter*, ansprechpartner*,
    support: warteschleife, ruft zurueck, ~antwort*, ~answer*, ~team, hilfsbereit*, ~hilfe, ~geholfen, servis
    onboarding: onboarding, onboard*, setup, set up, setting up, getting started, get started, sign up, signup,
    onboarding: sign-up, registration, register*, tutorial*, training*, walkthrough, first steps, docs, documentation,
    onboarding: einrichtung*, eingerichtet, einrichten, einstieg*, anleitung*, registrier*, schulung*, einarbeitung*,
    onboarding: erste schritte, ~start, anmeldung, installation, install*
    reliability: reliab*, unreliab*, outage*, downtime, crash*, bug, bugs, buggy, error*, glitch*, stable,
    reliability: unstable, stability, rock solid, ~works, ~working, doesnt work, does not work, not working, broken,
    reliability: logging me out, logged out, freez*, ausfall*, ausfaelle*, absturz*, abstuerz*, stuerzt*, abgestuerzt,
    reliability: fehler*, stabil*, instabil*, zuverlaessig*, unzuverlaessig*, ~funktioniert, ~funktionieren,
    reliability: ausgeloggt, haengt, server*, kaputt, stoerung*, einwandfrei, laeuft stabil
    features: feature*, function*, functionality, integration*, export*, import*, dashboard*, dark mode, ~report*,
    features: ~missing, ~lacks, option*, capabilit*, search, api, add-on, plugin*,
    features: funktion*, *funktion*, funktionsumfang, exportfunktion, schnittstelle*, integration, suche, suchfunktion,
    features: ~berichte, auswertung*, ~fehlt, ~fehlen, modul*, erweiterung*
    usability: usability, easy to use, user friendly, userfriendly, intuitive, confusing, confus*, interface, ui, ux,
    usability: design, layout, navigation, navigate, cluttered, complicated, clunky, hard to use, easy to find, menu*,
    usability: bedien*, *bedienung, benutzerfreundlich*, nutzerfreundlich*, intuitiv*, umstaendlich*, ~uebersichtlich*,
    usability: unuebersichtlich*, kompliziert*, oberflaeche*, handhabung, verwirrend*, menue*
    delivery: deliver*, shipping, shipped, shipment, ship, courier, parcel*, package*, ~arrived, ~arrival, dispatch*,
    delivery: tracking, lieferung*, liefer*, *lieferung, geliefert, versand*, versendet, verschickt, paket*, *paket,
    delivery: paketbote, zustell*, *zustellung, angekommen, kam an
    billing: billing, bill, billed, invoice*, invoicing, charge, charged, charges, payment*, pay, paid, refund*,
    billing: credit card, direct debit, receipt, ~amount, rechnung*, *rechnung, abrechnung*, abbuchung*, abgebucht,
    billing: zahlung*, *zahlung, bezahl*, lastschrift*, erstattung*, rueckerstattung*, gutschrift*, buchhaltung
    communication: communication, communicat*, email*, e-mail*, mail, mails, newsletter*, notification*, informed,
    communication: inform*, announcement*, told us, kept us, updates about, spam*, messages, kommunikation*,
    communication: newsletter, benachrichtigung*, informiert, informieren, mitteilung*, nachricht*, mails, e-mails,
    communication: ankuendig*, info
    performance: performance, ~slow*, ~fast, ~faster, speed*, snappy, lag*, laggy, loading, load, loads, load time*,
    performance: takes forever, sluggish, responsive, quick to load, lightning fast, response time*,
    performance: ~langsam*, ~lahm*, ~schnell*, ~*schnell, geschwindigkeit*, ladezeit*, laden, laedt, performance,
    performance: ~traege, ruckel*, haengt, blitzschnell, leistung
    """
}
