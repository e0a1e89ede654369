reminders-heading = Lembretes
reminders-paused = Os lembretes estão pausados por hoje.
reminders-next = Próximo lembrete: { $routine }, { $when }.
reminders-none-on = Nenhum lembrete está ativado.
reminders-saved-next = Salvo. Próximo lembrete: { $routine }, { $when }.
reminders-saved-none = Salvo. Nenhum lembrete está ativado.
reminders-pause-today = Pausar lembretes por hoje
reminders-resume-today = Retomar lembretes hoje
reminders-routine-done-today = Feita hoje.
reminders-routine-next = Próximo: { $when }.

reminders-remind-me = Me lembrar
reminders-remind-me-about = Me lembrar de { $name }
reminders-when = Quando
reminders-when-for = Quando me lembrar de { $name }
reminders-kind-bedtime = Antes da hora de dormir
reminders-kind-fixed = Em um horário fixo
reminders-kind-first-use = Ao usar o computador pela primeira vez depois de
reminders-time-bedtime = Hora de dormir
reminders-time-bedtime-for = Hora de dormir para { $name }
reminders-time-fixed = Horário
reminders-time-fixed-for = Horário para { $name }
reminders-time-after = Depois de
reminders-time-after-for = Depois de (horário) para { $name }
reminders-lead = Minutos antes de dormir
reminders-lead-for = Minutos antes de dormir para { $name }
reminders-days = Dias
reminders-days-for = Dias para { $name }
reminders-day-for = { $day } para { $name }

reminders-shared-legend = Para todos os lembretes
reminders-grace = Me lembrar mesmo com atraso de até estes minutos
reminders-snooze = Minutos ao adiar
reminders-grace-hint = Um lembrete perdido enquanto o computador estava em suspensão aparece quando ele volta, se o atraso não passar disso; caso contrário, é ignorado.
reminders-quiet-hours = Horário de silêncio
reminders-quiet-from = De
reminders-quiet-until = Até
reminders-save = Salvar lembretes
reminders-start-at-login = Abrir o Limber ao iniciar a sessão, para que os lembretes possam chegar

reminders-problem-time = { $name }: “{ $text }” não é um horário; digite assim: 22:30.
reminders-problem-days = { $name }: escolha pelo menos um dia.
reminders-problem-lead = { $name }: os minutos antes de dormir devem ser um número inteiro de 0 a 720.
reminders-problem-snooze = Os minutos ao adiar devem ser um número inteiro de 1 a 120.
reminders-problem-grace = O atraso máximo de um lembrete deve ser um número inteiro de minutos de 0 a 720.
reminders-problem-quiet-start = Horário de silêncio: “{ $text }” não é um horário; digite assim: 22:30.
reminders-problem-quiet-end = Horário de silêncio: “{ $text }” não é um horário; digite assim: 07:00.
reminders-problem-quiet-same = O horário de silêncio deve começar e terminar em horários diferentes.

reminders-night-at-fixed = às { $time }
reminders-night-at-first-use = ao usar o computador pela primeira vez depois das { $time }
reminders-night-every = O horário { $time } é depois da meia-noite, então conta para a noite anterior: todas as noites, ou seja, na manhã seguinte { $at }.
reminders-night-some = O horário { $time } é depois da meia-noite, então conta para a noite anterior: { $count ->
        [one] a noite de { $nights }
       *[other] as noites de { $nights }
    }, ou seja, { $mornings } { $at }.
