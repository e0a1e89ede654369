# Wat er mis is met een routine, in de routine-editor naast het veld en bij het importeren van een bestand. Kort en eenvoudig.

rule-id-not-kebab = De id van de routine (“{ $id }”) moet bestaan uit woorden in kleine letters, verbonden door koppeltekens.
rule-id-too-long = De id van de routine mag hoogstens { $max } tekens lang zijn.
rule-empty = { $field ->
        [name] Geef de routine een naam.
       *[description] Schrijf een korte beschrijving.
    }
rule-too-long = { $field ->
        [name] De naam mag hoogstens { $max } tekens lang zijn; nu zijn het er { $got }.
       *[description] De beschrijving mag hoogstens { $max } tekens lang zijn; nu zijn het er { $got }.
    }
rule-control-characters = { $field ->
        [name] De naam mag geen tabs of regeleinden bevatten.
       *[description] De beschrijving mag geen tabs of regeleinden bevatten.
    }
rule-direction-marks = { $field ->
        [name] De naam mag geen onzichtbare tekens voor de schrijfrichting bevatten.
       *[description] De beschrijving mag geen onzichtbare tekens voor de schrijfrichting bevatten.
    }
rule-angle-brackets = { $field ->
        [name] De naam mag geen < of > bevatten.
       *[description] De beschrijving mag geen < of > bevatten.
    }
rule-no-exercises = Voeg minstens één oefening toe.
rule-too-many-exercises = Een routine mag hoogstens { $max } oefeningen hebben; deze heeft er { $got }.
rule-unknown-exercise = Limber kent geen oefening “{ $id }”.
rule-dose-range = { $field ->
        [holdSecs] Vasthouden moet { $min }–{ $max } s duren.
        [reps] Het aantal herhalingen moet tussen { $min } en { $max } liggen.
        [rounds] Het aantal rondes moet tussen { $min } en { $max } liggen.
        [paceSecs] Elke beweging moet { $min }–{ $max } s duren.
       *[restAfterSecs] De rust na een oefening moet { $min }–{ $max } s duren.
    }
rule-no-hold = { $exercise } heeft geen vasthoudtijd om te wijzigen.
rule-no-pace = { $exercise } heeft geen getimede beweging waarvan je het tempo kunt instellen.
rule-too-long-to-do = Deze routine zou { $minutes } min duren; het maximum is { $max } min.
