saving-folder = Folder:
saving-not-saved-yet = Jeszcze nie zapisano
saving-waiting = { $count ->
        [one] Jedna rzecz, którą zrobiono, nie jest jeszcze zapisana. Limber przechowuje ją, dopóki jest otwarty.
       *[other] Liczba niezapisanych jeszcze rzeczy: { $count }. Limber przechowuje je, dopóki jest otwarty.
    }
saving-quit-held = Limber się nie zamknął, bo to, co nie jest jeszcze zapisane, zostałoby utracone. Zwolnij miejsce (albo napraw folder) i poczekaj kilka sekund albo mimo to zakończ.
saving-quit-anyway = Zakończ mimo to i utrać zmiany
saving-clear = Zapisano. Limber znów może zapisywać swoje dane i wszystko, co czekało, jest już na dysku.
saving-clear-label = Zapisano
saving-clear-ok = OK

saving-record-saving = Zapisywanie…
saving-record-counts = Zapisano. To liczy się na dziś.
saving-record-not-counted = Zapisano. Nie liczy się na dziś: wykonano mniej niż większą część rutyny.
saving-feel-saved = Zapisano razem z tą sesją.
saving-feel-waiting = Jeszcze nie zapisano: Limber przechowuje Twoją odpowiedź i zapisze ją razem z sesją.
saving-feel-refused = Nie zapisano: { $problem }
