saving-folder = Dossier :
saving-not-saved-yet = Pas encore enregistré
saving-waiting = { $count ->
        [1] Une chose que vous avez faite n'est pas encore enregistrée. Limber la garde tant qu'il reste ouvert.
       *[other] { $count } choses que vous avez faites ne sont pas encore enregistrées. Limber les garde tant qu'il reste ouvert.
    }
saving-quit-held = Limber ne s'est pas fermé, car ce qui n'est pas encore enregistré serait perdu. Libérez de l'espace (ou réparez le dossier) et attendez quelques secondes, ou quittez quand même.
saving-quit-anyway = Quitter quand même et le perdre
saving-clear = Enregistré. Limber peut de nouveau écrire ses données, et tout ce qui attendait est maintenant sur le disque.
saving-clear-label = Enregistré
saving-clear-ok = OK

saving-record-saving = Enregistrement…
saving-record-counts = Enregistré. Cela compte pour aujourd'hui.
saving-record-not-counted = Enregistré. Ne compte pas pour aujourd'hui : la plus grande partie de la routine n'a pas été faite.
saving-feel-saved = Enregistré avec cette séance.
saving-feel-waiting = Pas encore enregistré : Limber garde votre réponse et l'enregistre avec la séance.
saving-feel-refused = Non enregistré : { $problem }
