// Negators, intensifiers, downtoners and contrast words, written for ChurnCast by hand.
// One entry a line: `KIND VALUE LANG ENTRY`. KIND is
//   scale       — multiplies the sentiment word it precedes by VALUE (>1 intensifier, <1 downtoner);
//   negate      — flips the sentiment words after it in the clause (German also: the word before it);
//   negboost    — "at all", "überhaupt", "gar": a negation near it flips fully instead of softly;
//   contrast    — "but", "aber": what came before weighs VALUE (0.5), what follows 1.5×;
//   concession  — "although", "obwohl": its own clause weighs VALUE;
//   stop        — "and", "und": negation and intensifiers do not reach across it;
//   interjection — "oh", "ach": not counted as a word when the sarcasm rule looks for a positive word alone;
//   request, repair — "please", "bitte" / "fixed", "beheben": together in a sentence, a complaint;
//   imperative  — "fix", "repair": a repair word that is a request of its own when it opens a sentence;
//   sarcasm     — "said nobody ever", "if you enjoy": turns the praise before it into its opposite;
//   wait, span, brief, still, since — "takes", "dauert" / "days", "Wochen" / "only", "nur" / "still",
//                 "immer noch" / "for", "seit": the words of the waiting complaint;
//   stars, outof, number — "stars", "Sterne" / "out of", "von" / "five" (VALUE 5): the words of a rating.
// The rules that read them are in CommentScanner+Rules.swift and CommentScanner+Irony.swift.
// LANG is `en`, `de` or `*`; ENTRY a word or a phrase.

enum ModifierLexicon {
    static let text = """
    scale 1.3 en very
    scale 1.3 en really
    scale 1.2 en realy
    scale 1.2 en so
    scale 1.25 en too
    scale 1.5 en extremely
    scale 1.4 en incredibly
    scale 1.4 en absolutely
    scale 1.3 en totally
    scale 1.3 en completely
    scale 1.3 en super
    scale 1.3 en highly
    scale 1.2 en quite
    scale 1.2 en pretty
    scale 1.4 en way too
    scale 1.3 en so much
    scale 1.2 en much
    scale 1.2 en truly
    scale 1.2 en just
    scale 1.3 en such
    scale 1.4 en insanely
    scale 0.7 en a bit
    scale 0.7 en a little
    scale 0.7 en slightly
    scale 0.7 en somewhat
    scale 0.7 en kind of
    scale 0.7 en sort of
    scale 0.7 en kinda
    scale 0.7 en fairly
    scale 0.7 en rather
    scale 0.8 en mostly
    scale 0.8 en sometimes
    scale 0.7 en occasionally
    scale 0.6 en barely
    scale 1.3 de sehr
    scale 1.5 de extrem
    scale 1.3 de echt
    scale 1.3 de wirklich
    scale 1.3 de total
    scale 1.3 de voll
    scale 1.4 de absolut
    scale 1.4 de unglaublich
    scale 1.4 de richtig
    scale 1.3 de besonders
    scale 1.4 de viel zu
    scale 1.25 de zu
    scale 1.2 de so
    scale 1.2 de ganz
    scale 1.3 de mega
    scale 1.3 de super
    scale 1.3 de aeusserst
    scale 1.3 de wahnsinnig
    scale 1.3 de deutlich
    scale 1.3 de einfach nur
    scale 1.2 de ziemlich
    scale 0.7 de etwas
    scale 0.7 de ein bisschen
    scale 0.7 de bisschen
    scale 0.7 de ein wenig
    scale 0.7 de leicht
    scale 0.7 de eher
    scale 0.8 de manchmal
    scale 0.7 de teilweise
    scale 0.7 de gelegentlich
    scale 0.8 de meistens
    negate 0 en not
    negate 0 en no
    negate 0 en never
    negate 0 en nothing
    negate 0 en nobody
    negate 0 en neither
    negate 0 en nor
    negate 0 en without
    negate 0 en dont
    negate 0 en doesnt
    negate 0 en didnt
    negate 0 en isnt
    negate 0 en wasnt
    negate 0 en arent
    negate 0 en werent
    negate 0 en cant
    negate 0 en cannot
    negate 0 en couldnt
    negate 0 en wont
    negate 0 en wouldnt
    negate 0 en shouldnt
    negate 0 en havent
    negate 0 en hasnt
    negate 0 en aint
    negate 0 en hardly
    negate 0 de nicht
    negate 0 de nie
    negate 0 de niemals
    negate 0 de nichts
    negate 0 de kein
    negate 0 de keine
    negate 0 de keinen
    negate 0 de keinem
    negate 0 de keiner
    negate 0 de keines
    negate 0 de ohne
    negate 0 de niemand
    negate 0 de nix
    negate 0 de nirgends
    negate 0 de kaum
    negboost 0 en at all
    negboost 0 de ueberhaupt
    negboost 0 de gar
    negboost 0 de absolut
    negboost 0 en absolutely
    negboost 0 de einziger
    negboost 0 de einzigen
    negboost 0 en single
    contrast 0.5 en but
    contrast 0.5 en however
    contrast 0.5 en yet
    contrast 0.5 en otherwise
    contrast 0.5 de aber
    contrast 0.5 de jedoch
    contrast 0.5 de allerdings
    contrast 0.5 de trotzdem
    contrast 0.5 de dennoch
    contrast 0.5 de sonst
    stop 0 en and
    stop 0 en or
    stop 0 en while
    stop 0 de und
    stop 0 de oder
    stop 0 de waehrend
    interjection 0 en oh
    interjection 0 en ah
    interjection 0 en yeah
    interjection 0 en well
    interjection 0 en just
    interjection 0 en how
    interjection 0 de oh
    interjection 0 de ach
    interjection 0 de na
    interjection 0 de ja
    interjection 0 de wie
    interjection 0 de einfach
    concession 0.5 en although
    concession 0.5 en even though
    concession 0.5 en though
    concession 0.5 de obwohl
    concession 0.5 de obgleich
    concession 0.5 de zwar
    request 0 en please
    request 0 en pls
    request 0 en plz
    request 0 en kindly
    request 0 en urgently
    request 0 en asap
    request 0 en must
    request 0 en should
    request 0 en need to
    request 0 en needs to
    request 0 en have to
    request 0 en has to
    request 0 de bitte
    request 0 de dringend
    request 0 de umgehend
    request 0 de schleunigst
    request 0 de muss
    request 0 de muessen
    request 0 de sollte
    request 0 de sollten
    imperative 0 en fix
    repair 0 en fixed
    repair 0 en fixing
    imperative 0 en repair
    repair 0 en repaired
    imperative 0 en resolve
    repair 0 en resolved
    imperative 0 en solve
    repair 0 en solved
    repair 0 en sort out
    repair 0 de beheben
    repair 0 de behoben
    repair 0 de reparieren
    repair 0 de repariert
    repair 0 de korrigieren
    repair 0 de korrigiert
    repair 0 de beseitigen
    repair 0 de beseitigt
    repair 0 de loesen
    repair 0 de geloest
    repair 0 de fixen
    repair 0 de gefixt
    repair 0 de nachbessern
    sarcasm 0 en said nobody ever
    sarcasm 0 en said no one ever
    sarcasm 0 en said nobody
    sarcasm 0 en said no one
    sarcasm 0 en yeah right
    sarcasm 0 en if you enjoy
    sarcasm 0 en if you like
    sarcasm 0 en if you love
    sarcasm 0 en if youre into
    sarcasm 0 de sagte niemand
    sarcasm 0 de sagte keiner
    sarcasm 0 de hat niemand gesagt
    sarcasm 0 de wenn man gerne
    sarcasm 0 de wenn du gerne
    sarcasm 0 de falls man gerne
    sarcasm 0 de fuer alle die gerne
    sarcasm 0 de danke auch
    sarcasm 0 de vielen dank auch
    wait 0 en take
    wait 0 en takes
    wait 0 en took
    wait 0 en taken
    wait 0 en taking
    wait 0 en wait
    wait 0 en waits
    wait 0 en waited
    wait 0 en waiting
    wait 0 de dauert
    wait 0 de dauerte
    wait 0 de dauerten
    wait 0 de dauern
    wait 0 de gedauert
    wait 0 de warten
    wait 0 de warte
    wait 0 de wartet
    wait 0 de wartete
    wait 0 de gewartet
    wait 0 de wartezeit
    wait 0 de braucht
    wait 0 de brauchte
    wait 0 de brauchten
    wait 0 de gebraucht
    span 0 en days
    span 0 en weeks
    span 0 en months
    span 0 de tage
    span 0 de tagen
    span 0 de wochen
    span 0 de monate
    span 0 de monaten
    span 0 en a while
    span 0 en longer
    span 0 de weile
    span 0 de laenger
    span 0 de tagelang
    span 0 de wochenlang
    span 0 de monatelang
    brief 0 en only
    brief 0 en just
    brief 0 en within
    brief 0 en less than
    brief 0 de nur
    brief 0 de lediglich
    brief 0 de bloss
    brief 0 de innerhalb
    brief 0 de weniger als
    still 0 en still
    still 0 de immer noch
    still 0 de noch immer
    still 0 de nach wie vor
    still 0 de weiterhin
    since 0 en for
    since 0 en since
    since 0 de seit
    stars 0 en star
    stars 0 en stars
    stars 0 de stern
    stars 0 de sterne
    stars 0 de sternen
    outof 0 en out of
    outof 0 de von
    number 0 en zero
    number 0 de null
    number 1 en one
    number 1 de ein
    number 1 de einen
    number 1 de eins
    number 2 en two
    number 2 de zwei
    number 3 en three
    number 3 de drei
    number 4 en four
    number 4 de vier
    number 5 en five
    number 5 de fuenf
    number 6 en six
    number 6 de sechs
    number 7 en seven
    number 7 de sieben
    number 8 en eight
    number 8 de acht
    number 9 en nine
    number 9 de neun
    number 10 en ten
    number 10 de zehn
    """
}
