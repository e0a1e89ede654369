status-weekday = { $day ->
    [mon] segunda-feira
    [tue] terça-feira
    [wed] quarta-feira
    [thu] quinta-feira
    [fri] sexta-feira
    [sat] sábado
   *[sun] domingo
}
status-month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
# “1º de dezembro”, “28 de novembro”.
status-date = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month }
status-today = hoje
status-tomorrow = amanhã
status-yesterday = ontem
# “segunda-feira à noite, 00:30”: a noite de segunda para terça.
status-night = { $weekday } à noite
status-at = { $day } às { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, ao usar o computador pela primeira vez depois das { $time }
status-snoozed = adiado até as { $time }
status-now = agora
status-quiet-hours-end = quando o horário de silêncio terminar, às { $time }
status-minutes = { $minutes } min
# [0] before [one]: in Portuguese "one" also covers 0, but a streak of "0 dias" reads better.
status-days = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
}
status-rule-at = às { $time }
status-rule-bedtime = { $minutes } min antes de dormir às { $time }
status-rule-first-use = primeiro uso depois das { $time }

status-tray-paused = Lembretes pausados por hoje
status-tray-next = Próximo: { $routine }, { $when }
status-tray-none = Nenhum lembrete configurado
status-tray-no-streak = Nenhuma sequência ainda
status-tray-streak = Sequência: { $streaks }
status-tray-streak-item = { $routine } ({ $days })

status-cli-now = Limber, { $weekday }, { $day ->
    [1] 1º
   *[other] { $day }
} de { $month } de { $year }, { $time } ({ $zone })
status-cli-paused = Os lembretes estão pausados por hoje.
status-cli-next = Próximo lembrete: { $routine }, { $when }
status-cli-next-none = Próximo lembrete: nenhum configurado
status-cli-no-reminder = sem lembrete
status-cli-reminder-off = lembrete desligado
status-cli-reminder-next = próximo lembrete: { $when }
status-cli-reminder-next-rule = próximo lembrete: { $when } ({ $rule })
status-cli-reminder-none-upcoming = nenhum lembrete previsto ({ $rule })
status-cli-today = hoje: { $done ->
    [yes] feita
   *[no] ainda não feita
}{ $reminder ->
    [sent] ; lembrete enviado
    [missed] ; lembrete perdido
   *[none] {""}
}
status-cli-streak = sequência: { $days } (recorde: { $best })
status-cli-folder = Pasta: { $folder }
status-cli-details = (Detalhes: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
