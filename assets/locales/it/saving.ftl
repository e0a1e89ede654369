saving-folder = Cartella:
saving-not-saved-yet = Non ancora salvato
saving-waiting = { $count ->
        [one] Una cosa che hai fatto non è ancora salvata. Limber la conserva finché resta aperto.
       *[other] { $count } cose che hai fatto non sono ancora salvate. Limber le conserva finché resta aperto.
    }
saving-quit-held = Limber non si è chiuso, perché quello che non è ancora salvato andrebbe perso. Libera spazio (o sistema la cartella) e aspetta qualche secondo, oppure esci comunque.
saving-quit-anyway = Esci comunque e perdilo
saving-clear = Salvato. Limber può di nuovo scrivere i suoi dati, e tutto quello che era in attesa ora è sul disco.
saving-clear-label = Salvato
saving-clear-ok = OK

saving-record-saving = Salvataggio…
saving-record-counts = Salvato. Conta per oggi.
saving-record-not-counted = Salvato. Non conta per oggi: non è stata fatta la maggior parte della routine.
saving-feel-saved = Salvato con questa sessione.
saving-feel-waiting = Non ancora salvato: Limber conserva la tua risposta e la salva con la sessione.
saving-feel-refused = Non salvato: { $problem }
