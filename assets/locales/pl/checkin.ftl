checkin-heading = Poranne samopoczucie
checkin-meta-again = { $day } · Dzisiejszy wpis jest już zapisany; zmień, co chcesz, i zapisz ponownie.
checkin-meta-new = { $day } · Jak się czują Twoje plecy dziś rano?
# Safety text; back-translation into English: "Back pain at this moment"
checkin-pain-legend = Ból pleców w tej chwili
checkin-pain-value = Ból { $value }
# Safety text; back-translation into English: "0 none (absent)"
checkin-pain-low = 0 brak
# Safety text; back-translation into English: "10 worst imaginable"
checkin-pain-high = 10 najgorszy wyobrażalny
checkin-stiffness-legend = Sztywność w tej chwili
checkin-stiffness-value = Sztywność { $value }
# Safety text; back-translation into English: "0 none (absent)"
checkin-stiffness-low = 0 brak
# Safety text; back-translation into English: "10 I can barely move"
checkin-stiffness-high = 10 ledwo mogę się ruszać
checkin-sleep-legend = Jak Ci się spało?
checkin-sleep-value = Sen: { $quality }
checkin-sleep-very-poor = Bardzo źle
checkin-sleep-poor = Źle
checkin-sleep-ok = Średnio
checkin-sleep-good = Dobrze
checkin-sleep-very-good = Bardzo dobrze
checkin-position-legend = Pozycja podczas snu
checkin-position-side = Na boku
checkin-position-back = Na plecach
checkin-position-stomach = Na brzuchu
checkin-position-varies = Różnie
checkin-note = Notatka (opcjonalnie)
checkin-save = Zapisz wpis
checkin-see-progress = Zobacz postępy
checkin-not-saved = Jeszcze nie zapisano
checkin-saved-for = Zapisano: { $day }.
# Lista bez odmiany po dwukropku: „ból pleców, sztywność i jakość snu”.
checkin-missing = Brakuje odpowiedzi: { $questions }.
checkin-missing-pain = ból pleców
checkin-missing-stiffness = sztywność
checkin-missing-sleep = jakość snu
checkin-missing-position = pozycja podczas snu

checkin-card-not-saved = Dzisiejsze odpowiedzi nie są jeszcze zapisane: Limber je przechowuje i spróbuje ponownie.
checkin-card-see = Zobacz wpis
checkin-card-done = Zrobione dzisiaj: ból { $pain }, sztywność { $stiffness }, sen { $sleep } na 5.
checkin-card-edit = Edytuj wpis
checkin-card-invite = Jak się czują Twoje plecy dziś rano? Cztery kliknięcia, niecałe dziesięć sekund.
checkin-card-now = Dodaj wpis

recovery-heading = Twoje dane zostały przywrócone z kopii zapasowej
recovery-restored = { $records ->
        [0] Limber wykrył, że jego baza danych jest uszkodzona, i przywrócił kopię zapasową z dnia { $day }. Ustawienia zmienione po utworzeniu tej kopii wróciły do ówczesnego stanu.
        [one] Limber wykrył, że jego baza danych jest uszkodzona, i przywrócił kopię zapasową z dnia { $day } oraz jeden wpis zapisany od tamtej pory. Ustawienia zmienione po utworzeniu tej kopii wróciły do ówczesnego stanu.
        [few] Limber wykrył, że jego baza danych jest uszkodzona, i przywrócił kopię zapasową z dnia { $day } oraz { $records } wpisy zapisane od tamtej pory. Ustawienia zmienione po utworzeniu tej kopii wróciły do ówczesnego stanu.
       *[many] Limber wykrył, że jego baza danych jest uszkodzona, i przywrócił kopię zapasową z dnia { $day } oraz { $records } wpisów zapisanych od tamtej pory. Ustawienia zmienione po utworzeniu tej kopii wróciły do ówczesnego stanu.
    }
recovery-fresh-with-log = { $records ->
        [one] Limber wykrył, że jego baza danych jest uszkodzona, i nie miał dobrej kopii zapasowej, więc zaczął od nowa z jednym wpisem ze swojego rejestru.
       *[other] Limber wykrył, że jego baza danych jest uszkodzona, i nie miał dobrej kopii zapasowej, więc zaczął od nowa z { $records } wpisami ze swojego rejestru.
    }
recovery-fresh = Limber wykrył, że jego baza danych jest uszkodzona, i nie miał dobrej kopii zapasowej, więc zaczął od nowa.
recovery-kept = Uszkodzony plik został zachowany, a nie usunięty:
recovery-told = { $what } { $kept } { $path }
recovery-details = Szczegóły
recovery-ok = OK
