rule-id-not-kebab = Die Kennung der Routine „{ $id }“ muss aus kleingeschriebenen Wörtern mit Bindestrichen bestehen.
rule-id-too-long = Die Kennung der Routine darf höchstens { $max } Zeichen lang sein.
rule-empty = { $field ->
        [name] Gib der Routine einen Namen.
       *[description] Schreib eine kurze Beschreibung.
    }
rule-too-long = { $field ->
        [name] Der Name darf höchstens { $max } Zeichen lang sein; er hat { $got }.
       *[description] Die Beschreibung darf höchstens { $max } Zeichen lang sein; sie hat { $got }.
    }
rule-control-characters = { $field ->
        [name] Der Name darf keine Tabulatoren oder Zeilenumbrüche enthalten.
       *[description] Die Beschreibung darf keine Tabulatoren oder Zeilenumbrüche enthalten.
    }
rule-direction-marks = { $field ->
        [name] Der Name darf keine unsichtbaren Zeichen für die Schreibrichtung enthalten.
       *[description] Die Beschreibung darf keine unsichtbaren Zeichen für die Schreibrichtung enthalten.
    }
rule-angle-brackets = { $field ->
        [name] Der Name darf kein < oder > enthalten.
       *[description] Die Beschreibung darf kein < oder > enthalten.
    }
rule-no-exercises = Füg mindestens eine Übung hinzu.
rule-too-many-exercises = Eine Routine darf höchstens { $max } Übungen haben; diese hat { $got }.
rule-unknown-exercise = Limber kennt keine Übung „{ $id }“.
rule-dose-range = { $field ->
        [holdSecs] Halten muss { $min }–{ $max } s dauern.
        [reps] Wiederholungen müssen zwischen { $min } und { $max } liegen.
        [rounds] Runden müssen zwischen { $min } und { $max } liegen.
        [paceSecs] Jede Bewegung muss { $min }–{ $max } s dauern.
       *[restAfterSecs] Die Pause nach einer Übung muss { $min }–{ $max } s dauern.
    }
rule-no-hold = { $exercise } hat kein Halten, das sich ändern ließe.
rule-no-pace = { $exercise } hat keine zeitlich geführte Bewegung, deren Tempo sich ändern ließe.
rule-too-long-to-do = Diese Routine würde { $minutes } min dauern; erlaubt sind höchstens { $max } min.
