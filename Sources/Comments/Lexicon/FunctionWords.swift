// Common function words of English and German, written for ChurnCast by hand: they carry no sentiment or theme
// but tell the languages apart (a comment's language is the one whose words it uses more), and they are known
// words, so the typo correction never turns them into a sentiment word. One language a line: `LANG word word …`.

enum FunctionWords {
    static let text = """
    en the a an and or of to in on at for with from by is are was were be been being am it its this that these
    en those there here i me my we our us you your he she they them their his her what which who whom why how
    en when where have has had do does did will would should could can may might must shall about after before
    en again another any all some more most other such only own same than then once also just even still yet
    en because while if as until into over under up out off each few both very too now ever every everything
    en anything something time times day days week weeks month months year years ago since use used using get got
    en getting make made take took takes go goes went gone come came need needed want wanted tried try know think
    en feel felt said say says told tell one two three first last new old way much many lot lots really always
    en usually sometimes someone everyone people company product products account customer customers
    en order ordered thing things still which whose well back again right left soon late already almost
    en change changes changed
    en theyre youre im ive weve its thats whats hes shes id youve wouldve
    de der die das den dem des ein eine einen einem einer eines und oder aber auch nur noch schon sehr mit von
    de zu zum zur bei beim aus auf an am im in ins fuer ueber unter vor nach seit bis durch gegen um ist sind war
    de waren wird werden wurde wurden bin bist sein hat haben hatte hatten habe kann koennen konnte muss muessen
    de soll sollte will wollte ich du er sie es wir ihr mich mir dich dir uns euch ihn ihm ihnen mein meine
    de meinen dein unser unsere euer ihre ihren sich man was wer wie wo wann warum weil dass ob wenn als dann
    de denn doch mal immer wieder jetzt heute gestern morgen hier dort da alles alle jeder jede jedes viel viele
    de mehr weniger einmal zweimal dreimal tage tagen woche wochen monat monaten jahr jahren seitdem bisher gerade
    de sonst leider eigentlich trotz wegen damit dabei dazu davon darauf dafuer hat's gibt geht ging gemacht macht
    de machen kommt kam bekommen erhalten nutzen nutze benutzen benutzt kunde kunden firma unternehmen bestellung
    de bestellt etwas nichts nie neue neuen neuer neues alte alten erst endlich einfach ganz halt eben ja nein
    de dies diese dieser dieses jener wurde worden geworden je gehabt einer keiner dem wir's gesagt vorher
    """
}
