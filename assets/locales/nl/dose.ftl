# De zinnen van de aanpasbare dosering op het voortgangsscherm. Rustig en eenvoudig: een voorstel, nooit een opdracht.

dose-value-hold = { $exercise }: { $value } s vasthouden
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [one] { $value } herhaling per kant
           *[other] { $value } herhalingen per kant
        }
       *[none] { $value ->
            [one] { $value } herhaling
           *[other] { $value } herhalingen
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [one] { $value } ronde
       *[other] { $value } rondes
    }

dose-change-hold = { $exercise }: { $to } s vasthouden in plaats van { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [one] { $to } herhaling per kant
           *[other] { $to } herhalingen per kant
        }
       *[none] { $to ->
            [one] { $to } herhaling
           *[other] { $to } herhalingen
        }
    } in plaats van { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [one] { $to } ronde
       *[other] { $to } rondes
    } in plaats van { $from }.

# "{ reden }. Probeer { stap }." De stap is een infinitief of een hoeveelheid ("telkens 2 seconden langer vast te houden", "één ronde meer").
dose-why = { $reason }. Probeer eens { $step }.
dose-because-run = Je hebt { $finished } van je laatste { $planned } { $days ->
        [bedtime] avonden
        [morning] ochtenden
       *[anytime] geplande dagen
    } afgerond en je rug is ongeveer gelijk gebleven of beter geworden
dose-because-rising = { $measure ->
        [after-sessions] Je rug voelde de laatste tijd slechter na deze routine
        [morning-pain] Je rug deed de laatste tijd 's ochtends meer pijn
       *[morning-stiffness] Je rug was de laatste tijd 's ochtends stijver
    } (gemiddeld van { $before } naar { $after } op een schaal van 10)
dose-because-skipped = Je hebt in { $sessions } van je laatste { $of } sessies een deel van { $exercise } overgeslagen
dose-step-hold-up = { $by ->
        [one] telkens één seconde langer vast te houden
       *[other] telkens { $by } seconden langer vast te houden
    }
dose-step-hold-down = { $by ->
        [one] telkens één seconde korter vast te houden
       *[other] telkens { $by } seconden korter vast te houden
    }
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [one] één herhaling meer per kant
           *[other] { $by } herhalingen meer per kant
        }
       *[none] { $by ->
            [one] één herhaling meer
           *[other] { $by } herhalingen meer
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [one] één herhaling minder per kant
           *[other] { $by } herhalingen minder per kant
        }
       *[none] { $by ->
            [one] één herhaling minder
           *[other] { $by } herhalingen minder
        }
    }
dose-step-rounds-up = { $by ->
        [one] één ronde meer
       *[other] { $by } rondes meer
    }
dose-step-rounds-down = { $by ->
        [one] één ronde minder
       *[other] { $by } rondes minder
    }

dose-quiet-answered = Hoogstens één wijziging per week: het volgende voorstel kan vanaf { $day } komen.
dose-quiet-little-history = Nog niet genoeg sessies en ochtendcheck-ins om een wijziging voor te stellen: ga zo door, en beantwoord na elke sessie “Hoe voelt je rug nu?”.
dose-quiet-building = { $finished } van de laatste { $planned } geplande dagen gedaan: na { $needed } van de { $days } stelt Limber misschien iets meer voor.
dose-quiet-not-settled = De dosering blijft zoals ze is: { $measure ->
        [after-sessions] het cijfer voor je rug na de sessies
        [morning-pain] je rugpijn 's ochtends
       *[morning-stiffness] je stijfheid 's ochtends
    } ging gemiddeld van { $before } naar { $after }, dus dit is niet het moment om meer te doen.
dose-quiet-at-limit = Elke dosering die zou kunnen veranderen, zit al aan de grens van het veilige bereik: de dosering blijft zoals ze is.

dose-copy-note = { $routine } is ingebouwd: als je het voorstel aanneemt, maakt Limber een eigen kopie met de nieuwe dosering, die de herinnering, het doel en de geschiedenis overneemt.

dose-accepted = Vanaf je volgende sessie: { $doses }
dose-accepted-copy = Vanaf je volgende sessie: { $doses } Limber heeft een eigen kopie van { $routine } met de nieuwe dosering gemaakt, met de naam “{ $copy }”: de herinnering, het weekdoel en de geschiedenis gaan over naar de kopie, en het origineel blijft zoals het was.
dose-declined = De dosering blijft zoals ze is. Limber stelt vóór { $day } geen andere wijziging voor deze routine voor.
dose-undone = Ongedaan gemaakt. Vanaf je volgende sessie: { $doses }

dose-refused-not-offered = Dit voorstel geldt niet meer: je sessies of check-ins zijn veranderd sinds het werd getoond. Er is niets gewijzigd.
dose-refused-nothing-to-undo = Er is geen wijziging in de dosering van deze routine om ongedaan te maken.
dose-refused-stale = Dit voorstel past niet meer bij { $routine }: de routine is gewijzigd sinds het voorstel werd gedaan. Er is niets gewijzigd.
dose-refused-range = Door de wijziging zou { $exercise } buiten het veilige bereik komen. Er is niets gewijzigd.

dose-era-start = Begindosering
dose-era-step-up = Verhoging die je hebt aangenomen
dose-era-step-down = Verlaging die je hebt aangenomen
dose-era-undo = Wijziging ongedaan gemaakt
