saving-folder = Map:
saving-not-saved-yet = Nog niet opgeslagen
saving-waiting = { $count ->
        [one] Eén ding dat je hebt gedaan, is nog niet opgeslagen. Limber bewaart het zolang het open blijft.
       *[other] { $count } dingen die je hebt gedaan, zijn nog niet opgeslagen. Limber bewaart ze zolang het open blijft.
    }
saving-quit-held = Limber is niet afgesloten, omdat wat nog niet is opgeslagen anders verloren zou gaan. Maak ruimte vrij (of herstel de map) en wacht een paar seconden, of sluit toch af.
saving-quit-anyway = Toch afsluiten en het kwijtraken
saving-clear = Opgeslagen. Limber kan zijn gegevens weer schrijven, en alles wat wachtte, staat nu op de schijf.
saving-clear-label = Opgeslagen
saving-clear-ok = OK

saving-record-saving = Opslaan…
saving-record-counts = Opgeslagen. Dit telt voor vandaag.
saving-record-not-counted = Opgeslagen. Telt niet voor vandaag: minder dan het grootste deel van de routine is gedaan.
saving-feel-saved = Opgeslagen bij deze sessie.
saving-feel-waiting = Nog niet opgeslagen: Limber bewaart je antwoord en slaat het op met de sessie.
saving-feel-refused = Niet opgeslagen: { $problem }
