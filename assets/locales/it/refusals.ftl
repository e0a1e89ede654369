streak-refused-boundary-time = L'ora in cui inizia un nuovo giorno va scritta così: 04:00 (ricevuto: «{ $got }»).
streak-refused-boundary-late = Un nuovo giorno deve iniziare tra le 00:00 e le { $latest } (ricevuto: { $got }).
streak-refused-rest-days = I giorni di riposo al mese devono essere tra 0 e { $max } (ricevuto: { $got }).
streak-refused-unknown-routine = Non si può dare un obiettivo a «{ $routine }»: non c'è nessuna routine con questo nome.
streak-refused-goal = Un obiettivo settimanale deve essere tra { $min } e { $max } giorni (ricevuto: { $got }).
rest-day-refused-already = Oggi è già un giorno di riposo.
rest-day-refused-limit = { $limit ->
        [one] Hai già usato il giorno di riposo di questo mese per questa routine.
       *[other] Hai già usato i { $limit } giorni di riposo di questo mese per questa routine.
    }

session-refused-running = { $routine } è ancora in corso: interrompi questa routine prima di iniziarne un'altra.
session-refused-unsuitable = Tutti i movimenti di { $routine } sono esclusi per te in base alle tue risposte alle domande della configurazione. Puoi cambiarle nelle Impostazioni, con «Rifai la configurazione iniziale».
session-refused-none = Non c'è nessuna routine in corso.
session-refused-feel = La risposta deve essere tra { $min } e { $max } (ricevuto: { $got }).
routine-refused-built-in = Le routine integrate non si possono modificare; duplicane una per crearne una tua.
routine-refused-built-in-delete = Le routine integrate non si possono eliminare.
routine-refused-not-a-copy = Questa routine non è una copia di una routine integrata, quindi non c'è niente a cui riportarla.
routine-refused-problems = La routine non è stata salvata: { $count ->
        [one] prima correggi il problema indicato.
       *[other] prima correggi i { $count } problemi indicati.
    }
plan-refused-no-days = Scegli almeno un giorno per le tue routine.

session-refused-command = { $state ->
        [not-started] La routine non è ancora iniziata.
        [started] La routine è già iniziata.
        [paused] La routine è già in pausa.
        [not-paused] La routine non è in pausa.
        [over] La routine è finita.
       *[nothing-to-extend] Questo passaggio non ha una tenuta o una pausa da allungare.
    }
routine-refused-edit = Questa modifica non è più adatta a questa routine. Non è stato cambiato nulla.
language-refused-unknown = Limber non parla «{ $tag }».
