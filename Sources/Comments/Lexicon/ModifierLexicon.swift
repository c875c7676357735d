// Negators, intensifiers, downtoners and contrast words, written for ChurnCast by hand.
// One entry a line: `KIND VALUE LANG ENTRY`. KIND is
//   scale       — multiplies the sentiment word it precedes by VALUE (>1 intensifier, <1 downtoner);
//   negate      — flips the sentiment words after it in the clause (German also: the word before it);
//   negboost    — "at all", "überhaupt", "gar": a negation near it flips fully instead of softly;
//   contrast    — "but", "aber": what came before weighs VALUE (0.5), what follows 1.5×;
//   concession  — "although", "obwohl": its own clause weighs VALUE;
//   stop        — "and", "und": negation and intensifiers do not reach across it;
//   interjection — "oh", "ach": not counted as a word when the sarcasm rule looks for a positive word alone.
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
    """
}
