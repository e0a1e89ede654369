checkin-heading = Ochtendcheck-in
checkin-meta-again = { $day } · Je hebt vandaag al ingecheckt; pas aan wat je wilt en sla opnieuw op.
checkin-meta-new = { $day } · Hoe voelt je rug vanochtend?
# Safety text; back-translation into English: "Back pain at this moment"
checkin-pain-legend = Rugpijn op dit moment
checkin-pain-value = Pijn { $value }
# Safety text; back-translation into English: "0 none"
checkin-pain-low = 0 geen
# Safety text; back-translation into English: "10 worst conceivable"
checkin-pain-high = 10 ergst denkbaar
checkin-stiffness-legend = Stijfheid op dit moment
checkin-stiffness-value = Stijfheid { $value }
# Safety text; back-translation into English: "0 none"
checkin-stiffness-low = 0 geen
# Safety text; back-translation into English: "10 can barely move"
checkin-stiffness-high = 10 kan nauwelijks bewegen
checkin-sleep-legend = Hoe heb je geslapen?
checkin-sleep-value = Slaap: { $quality }
checkin-sleep-very-poor = Heel slecht
checkin-sleep-poor = Slecht
checkin-sleep-ok = Gaat wel
checkin-sleep-good = Goed
checkin-sleep-very-good = Heel goed
checkin-position-legend = Houding waarin je sliep
checkin-position-side = Zij
checkin-position-back = Rug
checkin-position-stomach = Buik
checkin-position-varies = Wisselend
checkin-note = Notitie (optioneel)
checkin-save = Check-in opslaan
checkin-see-progress = Voortgang bekijken
checkin-not-saved = Nog niet opgeslagen
checkin-saved-for = Opgeslagen voor { $day }.
checkin-missing = Beantwoord nog: { $questions }.
checkin-missing-pain = rugpijn
checkin-missing-stiffness = stijfheid
checkin-missing-sleep = slaapkwaliteit
checkin-missing-position = slaaphouding

checkin-card-not-saved = De antwoorden van vandaag zijn nog niet opgeslagen: Limber bewaart ze en probeert het opnieuw.
checkin-card-see = Check-in bekijken
checkin-card-done = Vandaag gedaan: pijn { $pain }, stijfheid { $stiffness }, slaap { $sleep } van 5.
checkin-card-edit = Check-in bewerken
checkin-card-invite = Hoe voelt je rug vanochtend? Vier klikken, nog geen tien seconden.
checkin-card-now = Nu inchecken

recovery-heading = Je gegevens zijn hersteld uit een back-up
recovery-restored = { $records ->
        [0] Limber vond zijn database beschadigd en heeft de back-up van { $day } teruggezet. Instellingen die je na die back-up hebt gewijzigd, staan weer zoals ze toen waren.
        [one] Limber vond zijn database beschadigd en heeft de back-up van { $day } teruggezet, met de ene registratie die sindsdien is opgeslagen. Instellingen die je na die back-up hebt gewijzigd, staan weer zoals ze toen waren.
       *[other] Limber vond zijn database beschadigd en heeft de back-up van { $day } teruggezet, met de { $records } registraties die sindsdien zijn opgeslagen. Instellingen die je na die back-up hebt gewijzigd, staan weer zoals ze toen waren.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber vond zijn database beschadigd en had geen goede back-up. Daarom is het opnieuw begonnen, met de ene registratie uit zijn logboek.
       *[other] Limber vond zijn database beschadigd en had geen goede back-up. Daarom is het opnieuw begonnen, met de { $records } registraties uit zijn logboek.
    }
recovery-fresh = Limber vond zijn database beschadigd en had geen goede back-up. Daarom is het opnieuw begonnen.
recovery-kept = Het beschadigde bestand is bewaard, niet verwijderd:
recovery-told = { $what } { $kept } { $path }
recovery-details = Details
recovery-ok = OK
