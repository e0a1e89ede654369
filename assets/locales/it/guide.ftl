library-heading = Esercizi
library-intro = Tutti i movimenti che Limber usa. Aprine uno per vedere come si fa, come respirare e a cosa fare attenzione.
library-area = Zona del corpo
library-area-all = Tutte le zone
library-position = Posizione
library-position-all = Tutte le posizioni
library-count = { $total ->
        [one] { $shown } di { $total } esercizio
       *[other] { $shown } di { $total } esercizi
    }
library-no-match = Nessun esercizio corrisponde a entrambi i filtri. Prova «Tutte le zone» o «Tutte le posizioni».
library-list = Esercizi
library-meta = { $area } · { $position } · { $dose } · circa { $duration }
library-show = Passaggi e precauzioni
library-show-label = Passaggi e precauzioni per { $name }
library-hide = Nascondi i passaggi
library-hide-label = Nascondi i passaggi per { $name }
library-how = Come si fa
library-breathing = Respirazione
library-used-in = Fa parte di: { $routines }

area-lower-back = Zona lombare
area-upper-back = Parte alta della schiena
area-neck = Collo
area-core = Addome
position-in-bed = A letto
position-floor = Sul pavimento
position-standing = In piedi
position-seated = Seduto

exercise-dose-breaths = { $count ->
        [one] { $count } respiro lento
       *[other] { $count } respiri lenti
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } giri
    }
exercise-dose-once = { $rounds ->
        [1] Una volta
       *[other] Una volta, { $rounds } giri
    }
exercise-dose-hold = Tieni { $hold } s{ $sides ->
        [each] {" "}per lato
        [alternate] {" "}per lato, alternando
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } giri
    }
exercise-dose-reps = { $count ->
        [one] { $count } ripetizione
       *[other] { $count } ripetizioni
    }{ $sides ->
        [each] {" "}per lato
        [alternate] {" "}per lato, alternando
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , tieni { $hold } s
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } giri
    }

condition-osteoporosis = osteoporosi
condition-spinal-surgery = intervento o frattura recente alla colonna
condition-pregnancy = gravidanza
condition-bending-forward = dolore quando ti pieghi in avanti
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Movimenti esclusi per te: { $items }.
guide-unsuitable = { $name } non è nel tuo piano: tutti i suoi movimenti sono esclusi.
guide-unsuitable-because = { $name } non è nel tuo piano: tutti i suoi movimenti sono esclusi a causa di { $conditions }.
guide-ask-surgeon = Il tuo chirurgo o fisioterapista può dirti quali movimenti vanno bene per te, e da quando.
guide-ask-physio = Un fisioterapista può suggerirti movimenti adatti a te.

guide-take-care = Attenzione
guide-take-care-for = Attenzione: { $name }
guide-tonight = Il letto per stanotte
guide-this-evening = Questa sera
guide-start-routine = Inizia la routine
guide-skip-checklist = Salta la lista
guide-setup-label = Cosa mettere dove: { $position }
guide-safety-loading = Caricamento della guida alla sicurezza…
guide-safety-problem = Non è stato possibile mostrare la guida alla sicurezza: { $problem }

sleep-show-for = Mostra la preparazione per
sleep-yours = (la tua)
sleep-tips = Da provare

help-heading = Aiuto
help-when = Quando chiedere aiuto
help-use-heading = Come usare Limber
help-use-start-title = Inizia una routine
help-use-start = dalla schermata «Oggi». Il rilassamento serale è per la sera, sul pavimento o a letto; la routine del mattino inizia a letto, prima di alzarti.
help-use-follow-title = Segui il timer e la voce.
help-use-follow = Attiva la guida vocale in Impostazioni, Suono: con «Solo indicazioni» ogni esercizio viene annunciato quando inizia e ti viene detto quando cambiare lato e quando finisce una tenuta; la «Guida completa» spiega anche come fare ogni movimento, conta le ripetizioni e ti dà il ritmo del respiro, così puoi tenere gli occhi chiusi. Continua anche a finestra chiusa.
help-use-before-title = Prima della routine serale
help-use-before = Limber mostra una breve lista per la sera e per i cuscini di stanotte. Spunta quello che è vero, oppure saltala.
help-use-reminders-title = I promemoria
help-use-reminders = arrivano poco prima di dormire e dopo il risveglio. Puoi cambiarli nelle Impostazioni, dove puoi anche rifare la configurazione iniziale.
help-use-checkin-title = Fai il check-in
help-use-checkin = ogni giorno su come stanno la schiena e il sonno. In «Progressi» vedi cosa aiuta nel tempo.
help-use-gently-title = Inizia con delicatezza.
help-use-gently = Fai poche ripetizioni e aumenta poco a poco, mattina e sera. Muoviti lentamente, senza molleggiare, e respira normalmente.
help-use-bed-title = Entrare e uscire dal letto.
help-use-bed = Per alzarti, girati sul fianco, spingiti su con le braccia e porta le gambe fuori dal letto. Per sdraiarti la sera, fai lo stesso al contrario.
help-use-answers-title = Le tue risposte contano.
help-use-answers = Se hai indicato a Limber osteoporosi, un intervento recente alla colonna, una gravidanza o dolore quando ti pieghi in avanti, i movimenti non adatti a te sono esclusi dalle routine. Puoi cambiare le risposte nelle Impostazioni.
help-keys-heading = Scorciatoie da tastiera in una routine
help-keys-key = Tasto
help-keys-does = Cosa fa
help-key-space = Spazio
help-key-right = Freccia destra
help-key-left = Freccia sinistra
help-key-esc = Esc
help-key-space-does = Pausa, o riprendi
help-key-right-does = Passa all'esercizio successivo
help-key-left-does = Torna all'esercizio precedente
help-key-esc-does = Ferma la routine
help-routines-heading = A cosa serve ogni routine
help-find-exercises = Tutti gli esercizi, con passaggi e precauzioni, sono in { $exercises }.
help-find-sleep = Cuscini e materasso sono in { $sleep }.
help-advice-heading = Limber non è un consiglio medico
help-advice = Limber offre routine generali e delicate e consigli per il sonno tratti da fonti pubbliche di salute. Non conosce il tuo corpo né la tua storia, non può diagnosticare nulla e non sostituisce un medico o un fisioterapista. Se non sai se un esercizio è adatto a te, chiedi a uno di loro.
