rule-id-not-kebab = L'identificativo della routine, «{ $id }», deve essere fatto di parole minuscole unite da trattini.
rule-id-too-long = L'identificativo della routine può avere al massimo { $max } caratteri.
rule-empty = { $field ->
        [name] Dai un nome alla routine.
       *[description] Scrivi una breve descrizione.
    }
rule-too-long = { $field ->
        [name] Il nome può avere al massimo { $max } caratteri; ne ha { $got }.
       *[description] La descrizione può avere al massimo { $max } caratteri; ne ha { $got }.
    }
rule-control-characters = { $field ->
        [name] Il nome non può contenere tabulazioni o a capo.
       *[description] La descrizione non può contenere tabulazioni o a capo.
    }
rule-direction-marks = { $field ->
        [name] Il nome non può contenere segni invisibili di direzione del testo.
       *[description] La descrizione non può contenere segni invisibili di direzione del testo.
    }
rule-angle-brackets = { $field ->
        [name] Il nome non può contenere < o >.
       *[description] La descrizione non può contenere < o >.
    }
rule-no-exercises = Aggiungi almeno un esercizio.
rule-too-many-exercises = Una routine può avere al massimo { $max } esercizi; questa ne ha { $got }.
rule-unknown-exercise = Limber non ha nessun esercizio «{ $id }».
rule-dose-range = { $field ->
        [holdSecs] Una tenuta deve durare tra { $min } e { $max } s.
        [reps] Le ripetizioni devono essere tra { $min } e { $max }.
        [rounds] I giri devono essere tra { $min } e { $max }.
        [paceSecs] Ogni movimento deve durare tra { $min } e { $max } s.
       *[restAfterSecs] Il riposo dopo un esercizio deve durare tra { $min } e { $max } s.
    }
rule-no-hold = { $exercise } non ha una tenuta da cambiare.
rule-no-pace = { $exercise } non ha un movimento a tempo di cui regolare il ritmo.
rule-too-long-to-do = Questa routine durerebbe { $minutes } min; il massimo consentito è { $max } min.
