// Sentiment lexicon written for ChurnCast by hand (not copied from a published lexicon, nothing downloaded).
// One entry a line: `VALENCE LANG ENTRY`. VALENCE is on a −4…+4 scale (±1 mild, ±2 clear, ±3 strong);
// LANG is `en`, `de` or `*` (both, e.g. "super"); ENTRY is a word, a phrase of words, or a stem ending in `*`
// (matches any word that begins with it). Umlauts may be written either way: entries and comments are normalised
// alike (ä→ae, ö→oe, ü→ue, ß→ss, lower case) before they meet.

enum SentimentLexicon {
    static let text = """
    # --- English, positive
    1.9 en good
    3.1 en great
    3.2 en excellent
    3.1 en excelent
    3.1 en awesome
    2.8 en amazing
    2.8 en fantastic
    2.9 en brilliant
    2.9 en outstanding
    2.9 en superb
    2.7 en wonderful
    2.6 en perfect*
    2.4 en flawless*
    2.2 en nice
    2.0 en lovely
    3.2 en love
    3.0 en loved
    3.0 en loving
    2.8 en loves
    1.7 en like
    1.6 en liked
    1.7 en likes
    2.2 en enjoy*
    2.0 en happy
    1.8 en glad
    2.0 en pleased
    2.0 en satisfied
    2.2 en helpful
    2.0 en friendly
    1.6 en polite
    1.8 en easy
    1.6 en simple
    1.8 en intuitive
    1.6 en clear
    1.6 en smooth*
    1.4 en quick*
    1.3 en fast
    1.4 en faster
    1.6 en snappy
    1.7 en reliable
    1.7 en stable
    1.8 en solid
    1.6 en useful
    1.9 en recommend*
    2.8 en highly recommend*
    1.4 en fair
    1.3 en affordable
    1.0 en cheap
    0.9 en cheaper
    1.9 en worth it
    1.5 en worth
    1.6 en thanks
    1.6 en thank you
    1.6 en thank
    1.2 en works
    1.0 en worked
    1.0 en working
    1.5 en best
    1.4 en better
    2.2 en impressive
    2.2 en impressed
    1.6 en efficient
    1.3 en convenient
    1.9 en well done
    2.0 en top notch
    2.2 en game changer
    1.6 en painless
    1.4 en well packed
    1.4 en on time
    1.2 en informed
    1.3 en well informed
    0.5 en fine
    0.5 en okay
    0.5 en ok
    0.8 en decent
    1.5 en meets our needs
    1.5 en does what it says
    1.5 en does the job
    1.2 en no complaints
    2.0 en everything fine
    2.0 en all good
    2.5 en wow
    2.4 en unbelievably good
    1.3 en solved
    1.3 en fixed
    1.2 en responsive
    1.5 en professional
    1.5 en quality
    1.6 en cool
    2.6 en incredible
    1.7 en handy
    1.5 en beautiful
    1.3 en improved
    1.7 en valuable
    # --- English, negative
    -2.5 en bad
    -2.5 en terrible
    -2.5 en terribly
    -2.6 en horrible
    -2.6 en horribly
    -2.5 en awful
    -3.0 en worst
    -2.0 en worse
    -2.2 en poor
    -2.0 en poorly
    -2.7 en hate*
    -2.0 en dislike*
    -1.9 en disappoint*
    -1.6 en frustrat*
    -1.8 en annoy*
    -1.7 en angry
    -1.8 en unhappy
    -1.8 en unacceptable
    -2.2 en useless
    -1.7 en rude
    -1.5 en unfriendly
    -1.5 en confus*
    -1.3 en cluttered
    -1.5 en complicated
    -1.3 en difficult
    -1.2 en hard to
    -1.4 en slow*
    -1.5 en laggy
    -1.2 en lag*
    -1.8 en takes forever
    -1.8 en took forever
    -1.0 en forever
    -1.6 en crash*
    -1.5 en outage*
    -1.2 en downtime
    -0.9 en down
    -1.0 en bug
    -1.0 en bugs
    -1.8 en buggy
    -1.2 en error*
    -1.7 en fail*
    -2.0 en broken
    -1.6 en doesnt work
    -1.6 en does not work
    -1.5 en not working
    -1.3 en problem*
    -1.2 en issue*
    -1.3 en late
    -1.3 en delay*
    -2.0 en damaged
    -1.5 en expensive
    -2.2 en overpriced
    -1.0 en pricey
    -2.3 en outrageous
    -1.8 en ridiculous
    -1.7 en not justified
    -1.5 en unjustified
    -1.2 en wrong
    -1.0 en charged twice
    -1.1 en cancel*
    -0.8 en competitor*
    -2.2 en waste of time
    -2.0 en waste of money
    -2.0 en waste
    -2.3 en thanks for nothing
    -1.8 en never again
    -1.5 en could be better
    -0.3 en nothing special
    -1.6 en lacks
    -1.4 en lacking
    -1.3 en missing
    -1.7 en couldnt care less
    -1.3 en nobody
    -1.3 en no one
    -1.2 en spam*
    -1.3 en too many
    -1.0 en too much
    -1.2 en too complicated
    -1.6 en unreliable
    -1.6 en unstable
    -1.5 en painful
    -1.4 en mess
    -2.4 en nightmare
    -2.2 en disaster
    -2.0 en scam
    -1.3 en unfortunately
    -1.2 en sadly
    -2.4 en unbelievably bad
    -1.3 en logging me out
    -1.2 en keeps
    -1.5 en complain*
    -0.5 en meh
    -0.5 en average
    -1.3 en stuck
    -1.2 en unclear
    -1.0 en busy
    -1.5 en ignored
    -1.3 en no response
    -1.6 en way too many
    -1.6 en way too much
    -1.5 en minutes to load
    -1.8 en takes ages
    0.3 en would be nice
    0.5 en would love
    -1.5 en not so much
    # --- English, more general vocabulary
    2.8 en terrific
    2.6 en fabulous
    2.6 en delighted
    1.8 en pleasant
    1.0 en reasonable
    2.0 en great job
    2.0 en keep it up
    2.2 en keep up the good work
    1.8 en appreciate*
    2.0 en grateful
    1.8 en seamless*
    1.8 en effortless*
    1.4 en straightforward
    1.2 en accurate
    2.0 en favorite
    2.0 en favourite
    2.5 en lifesaver
    2.0 en must have
    2.6 en worth every penny
    1.4 en prompt*
    1.5 en patient
    1.8 en knowledgeable
    1.6 en competent
    1.6 en courteous
    1.6 en fun
    1.2 en flexible
    1.6 en powerful
    1.8 en well designed
    1.8 en user friendly
    1.8 en userfriendly
    1.5 en reliably
    -2.8 en disgusting
    -2.6 en pathetic
    -2.4 en incompetent
    -2.2 en unprofessional
    -2.0 en unhelpful
    -2.0 en slowest
    -1.6 en clunky
    -1.4 en outdated
    -1.8 en overcomplicated
    -1.6 en tedious
    -1.6 en cumbersome
    -1.4 en inconvenient
    -2.4 en unusable
    -1.2 en lost
    -1.5 en refuse*
    -2.5 en rip off
    -2.5 en ripoff
    -1.5 en joke
    -2.5 en sucks
    -2.2 en suck
    -2.5 en crap
    -2.5 en garbage
    -2.3 en trash
    -2.4 en worthless
    -2.8 en fraud
    -1.3 en mistake*
    -2.0 en hidden fees
    -1.6 en unanswered
    -0.8 en waited
    -0.8 en waiting
    -1.8 en regret*
    -1.0 en leaving
    -1.2 en downgrade*
    -1.6 en irritat*
    -1.8 en upset
    -2.8 en furious
    -2.8 en horrendous
    -2.5 en dreadful
    -2.8 en atrocious
    -1.8 en laughable
    -1.8 en shocking
    -1.4 en inaccurate
    -1.3 en freez*
    -1.2 en glitch*
    -1.0 en losing
    -1.5 en unreachable
    # --- German, positive
    1.9 de gut
    1.9 de gute
    1.9 de guten
    1.9 de guter
    1.9 de gutes
    3.0 de sehr gut
    2.8 de toll*
    2.9 de hervorragend*
    2.9 de ausgezeichnet*
    2.7 de klasse
    2.8 de genial*
    2.8 de grossartig*
    2.8 de fantastisch*
    2.7 de wunderbar*
    2.5 de perfekt*
    2.3 de einwandfrei*
    2.4 de spitze
    2.2 de prima
    2.0 de schoen*
    2.4 de herrlich*
    3.1 de liebe es
    1.9 de gefaellt
    1.9 de gefallen
    2.1 de zufrieden*
    2.4 de begeistert
    2.2 de hilfreich*
    2.1 de hilfsbereit*
    2.0 de freundlich*
    1.7 de nett
    1.2 de einfach
    1.8 de intuitiv*
    1.9 de kinderleicht
    1.6 de uebersichtlich*
    1.6 de klar*
    1.5 de schnell*
    1.8 de blitzschnell
    1.7 de zuverlaessig*
    1.6 de stabil*
    1.7 de empfehl*
    1.7 de weiterempfehl*
    2.8 de empfehlenswert
    1.5 de fair*
    1.4 de guenstig*
    1.0 de billig
    1.9 de lohnt sich
    1.6 de danke
    1.6 de dank
    2.0 de vielen dank
    1.3 de funktioniert
    1.2 de klappt
    1.2 de geklappt
    1.6 de beste*
    1.6 de bestens
    2.2 de alles bestens
    1.4 de besser
    1.6 de effizient*
    1.5 de praktisch*
    1.5 de problemlos
    1.3 de puenktlich*
    1.2 de informiert
    1.4 de gut informiert
    0.5 de in ordnung
    0.5 de okay
    0.5 de ok
    0.5 de passt
    1.5 de macht was es soll
    1.5 de erfuellt
    1.8 de stimmt
    1.2 de geloest
    1.2 de geholfen
    1.9 de alles gut
    2.4 de unglaublich gut
    2.0 de super sache
    1.6 de cool
    1.5 de professionell*
    1.5 de qualitaet
    1.3 de verbessert
    1.6 de lieben
    1.6 de freue
    1.6 de freuen
    1.5 de angenehm*
    # --- German, negative
    -2.5 de schlecht*
    -2.5 de furchtbar*
    -2.6 de schrecklich*
    -2.4 de katastroph*
    -2.6 de katastrophal*
    -2.3 de miserabel
    -3.0 de schlechteste*
    -2.0 de schlechter
    -2.0 de mies*
    -1.9 de enttaeusch*
    -1.8 de aergerlich*
    -1.9 de aerger*
    -1.8 de nervig*
    -1.6 de nerv*
    -1.7 de unfreundlich*
    -1.8 de unzufrieden*
    -1.9 de frechheit
    -2.2 de unverschaemt*
    -2.0 de nutzlos*
    -1.5 de umstaendlich*
    -1.5 de kompliziert*
    -1.3 de schwierig*
    -1.2 de unuebersichtlich*
    -1.5 de verwirrend*
    -1.4 de langsam*
    -1.5 de lahm*
    -1.5 de traege
    -1.6 de absturz*
    -1.6 de abstuerz*
    -1.6 de stuerzt
    -1.6 de abgestuerzt
    -1.5 de ausfall*
    -1.5 de ausfaelle*
    -1.0 de fehler*
    -1.0 de bug
    -1.0 de bugs
    -1.8 de fehlgeschlagen
    -1.6 de kaputt
    -1.3 de problem*
    -1.3 de zu spaet
    -1.0 de spaet
    -1.3 de verspaet*
    -1.3 de verzoeger*
    -2.0 de beschaedigt*
    -1.5 de teuer
    -1.5 de teurer
    -2.2 de ueberteuert
    -1.3 de zu teuer
    -1.1 de kuendig*
    -0.8 de konkurrenz
    -2.0 de zeitverschwendung
    -1.8 de nie wieder
    -1.5 de koennte besser sein
    -0.3 de nichts besonderes
    -1.3 de fehlt
    -1.3 de fehlen
    -1.2 de leider
    -1.3 de niemand
    -1.3 de keiner
    -1.3 de zu viele
    -1.0 de zu viel
    -1.6 de albtraum
    -1.6 de alptraum
    -1.5 de chaotisch*
    -1.0 de ewig
    -1.2 de ausgeloggt
    -1.0 de staendig
    -1.5 de egal
    -1.3 de beklagen
    -1.5 de beschwer*
    -2.4 de unglaublich schlecht
    -1.5 de unzuverlaessig*
    -1.5 de instabil*
    -0.5 de naja
    -0.5 de na ja
    -0.5 de durchschnittlich
    -1.0 de warteschleife
    -1.2 de falsch*
    -1.3 de mangelhaft*
    -1.6 de sinkt
    -0.8 de steigt
    -2.2 de mist
    -2.4 de katastrophe
    -1.2 de down
    -1.5 de frust*
    -1.2 de schade
    -1.2 de unklar*
    -1.2 de nicht erreichbar
    -1.5 de zweimal abgebucht
    -1.5 de doppelt abgebucht
    -1.6 de viel zu viele
    -1.6 de viel zu viel
    1.0 de erreichbar
    -0.8 de gedauert
    -1.2 de geworfen
    -1.5 de minuten zum laden
    -1.8 de dauert ewig
    0.3 de waere schoen
    0.5 de wuerde mich freuen
    -1.2 de eher nicht
    -1.2 en expected more
    -1.3 en too long
    1.5 en improvement
    # --- German, more general vocabulary
    -1.3 de meckern
    -1.2 de mehr erwartet
    -1.1 de gekuendigt
    -1.3 de zu lange
    1.3 de verbesserung
    2.5 de wunderschoen
    2.5 de traumhaft
    2.8 de sensationell
    2.8 de erstklassig
    2.5 de spitzen*
    2.5 de vorbildlich*
    1.8 de kompetent*
    1.4 de zuegig*
    1.8 de unkompliziert*
    1.8 de reibungslos*
    1.8 de dankbar
    1.0 de gerne
    2.2 de weiter so
    1.8 de hat sich gelohnt
    1.8 de lohnenswert
    1.4 de preiswert
    1.2 de hilft
    2.0 de ueberzeugt
    2.0 de ueberzeugend
    1.5 de geduldig*
    2.0 de zuvorkommend*
    1.2 de sauber
    1.7 de verlaesslich*
    2.0 de gluecklich*
    1.8 de froh
    1.4 de bequem*
    1.4 de flott
    -2.4 de unbrauchbar*
    -2.4 de inkompetent*
    -2.2 de unprofessionell*
    -1.4 de veraltet*
    -2.6 de wuetend
    -1.8 de sauer
    -1.8 de unmoeglich*
    -1.8 de laecherlich*
    -2.6 de abzocke
    -2.8 de betrug
    -2.0 de versteckte kosten
    -1.4 de unverstaendlich*
    -1.6 de muehsam*
    -1.5 de laestig*
    -1.6 de fehlerhaft*
    -1.2 de verloren
    -0.8 de warten
    -0.8 de gewartet
    -1.0 de wartezeit*
    -1.8 de unerreichbar
    -1.5 de ignoriert
    -1.8 de bereue*
    -1.5 de schwach*
    -2.5 de grottig*
    -2.8 de grauenhaft*
    -2.8 de unterirdisch
    -2.5 de muell
    -2.5 de schrott*
    -1.8 de bloed*
    -1.6 de doof*
    -1.6 de verschlechtert
    -2.0 de schlimm*
    -1.6 de traurig*
    -1.0 de hakt
    -1.0 de haengt
    -1.2 de ruckel*
    # --- service failures told as events, without a sentiment word of their own
    -1.5 en never arrived
    -1.5 en never came
    -1.5 en never showed up
    -1.5 en never received
    -1.5 en never called back
    -1.5 en never got back
    -1.5 en never replied
    -1.5 en never answered
    -1.3 en no answer
    -1.3 en no reply
    -1.3 en no callback
    -1.5 en hung up
    -1.5 en in the rain
    -1.3 en wet
    -1.5 en soaked
    -1.5 de nie angekommen
    -1.5 de nicht angekommen
    -1.5 de nie erhalten
    -1.5 de nie zurueckgerufen
    -1.5 de nicht zurueckgerufen
    -1.5 de nie geantwortet
    -1.3 de keine antwort
    -1.3 de keine rueckmeldung
    -1.3 de kein rueckruf
    -1.5 de aufgelegt
    -1.5 de im regen
    -1.3 de nass
    -1.5 de durchnaesst
    # --- both languages
    -2.0 * flop
    2.4 * super
    2.4 * top
    2.6 * mega
    2.5 * perfect
    1.6 * danke schoen
    0.5 * okay
    0.5 * ok
    """
}
