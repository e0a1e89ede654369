# A tela de progresso. Nas seleções de plural, [0] vem antes de [one]: em português “one” também cobre o 0, mas
# “0 dias” soa melhor.

progress-heading = Progresso
progress-today-is = Hoje é { $day }
progress-loading = Carregando…
progress-paused-heading = As mudanças de carga estão pausadas
progress-paused-text = { $reason } Enquanto seus registros mostrarem isso, o Limber não sugere nenhuma mudança nas rotinas.
progress-empty-heading = Nada para contar ainda
progress-empty-text = Termine uma rotina e o calendário e a sequência dela começam aqui. Dias de descanso e dias perdidos só contam a partir daí.
progress-empty-choose = Escolher uma rotina
progress-mornings-heading = Dor e rigidez de manhã
progress-checkin = Registro da manhã
progress-insight-heading = Manhãs depois de um relaxamento noturno
progress-sleep-heading = Como você dormiu
progress-sleep-insight-heading = Sono depois de um relaxamento noturno

progress-schedule-every-day = Todos os dias
progress-schedule-none = Nenhum dia programado
progress-schedule-weekdays = De segunda a sexta
progress-meta = { $schedule } · { $today }
progress-today-done = Feita hoje
progress-today-rest = Dia de descanso hoje
progress-today-pending = Ainda não feita hoje
progress-today-unscheduled = Não programada para hoje
progress-current-streak = Sequência atual
progress-best-streak = Melhor sequência
progress-streak-days = { $count ->
        [0] { $count } dias
        [one] { $count } dia
       *[other] { $count } dias
    }
progress-habit-strength = Força do hábito
progress-last-30 = Últimos 30 dias programados
progress-completion-none = Nenhum passou ainda
progress-completion = { $done } de { $total } feitos ({ $percent }){ $rest ->
        [0] {""}
        [one] , { $rest } dia de descanso
       *[other] , { $rest } dias de descanso
    }
progress-weekly-goal = Meta semanal
progress-weekly = { $done } de { $goal } dias nesta semana{ $weeks ->
        [0] {""}
        [one] {" "}· meta cumprida { $weeks } semana seguida
       *[other] {" "}· meta cumprida { $weeks } semanas seguidas
    }
progress-rest-button = Descansar hoje
progress-rest-button-label = Descansar hoje: { $name }
progress-rest-undo = Desfazer dia de descanso
progress-rest-undo-label = Desfazer dia de descanso: { $name }
progress-rest-available = { $left ->
        [0] Não resta nenhum dia de descanso neste mês. Um dia de descanso mantém sua sequência sem aumentá-la.
        [one] Resta { $left } dia de descanso neste mês. Um dia de descanso mantém sua sequência sem aumentá-la.
       *[other] Restam { $left } dias de descanso neste mês. Um dia de descanso mantém sua sequência sem aumentá-la.
    }
progress-rest-marked = Hoje é dia de descanso. Sua sequência continua.
progress-rest-limit = { $limit ->
        [0] Não há dias de descanso neste mês.
        [one] O { $limit } dia de descanso deste mês já foi usado.
       *[other] Os { $limit } dias de descanso deste mês já foram usados.
    }
progress-trend-none = Ainda sem força do hábito.
progress-trend-one = Força do hábito: { $now }.
progress-trend = Força do hábito: { $now } (era { $first } em { $day }).

progress-insight-waiting = Depois de { $needed } manhãs com relaxamento noturno na noite anterior e { $needed } sem, você vai ver como fica sua dor de manhã em cada caso. Até agora: { $withCount } com, { $withoutCount } sem (últimos { $days } dias).
progress-insight = Dor de manhã depois de um relaxamento noturno: { $with } em média ({ $withCount ->
        [0] { $withCount } manhãs
        [one] { $withCount } manhã
       *[other] { $withCount } manhãs
    }). Sem: { $without } ({ $withoutCount ->
        [0] { $withoutCount } manhãs
        [one] { $withoutCount } manhã
       *[other] { $withoutCount } manhãs
    }). { $comparison }
progress-insight-same = Mais ou menos igual nos dois casos.
progress-insight-lower = Em média, a dor fica { $diff } pontos mais baixa depois de um relaxamento noturno.
progress-insight-higher = Em média, a dor fica { $diff } pontos mais alta depois de um relaxamento noturno.
progress-sleep-waiting = Depois de { $needed } registros após um relaxamento noturno e { $needed } sem, você vai ver que nota deu ao seu sono em cada caso. Até agora: { $withCount } com, { $withoutCount } sem (últimos { $days } dias).
progress-sleep-insight = Sono depois de um relaxamento noturno: nota { $with } de 5 em média ({ $withCount ->
        [0] { $withCount } noites
        [one] { $withCount } noite
       *[other] { $withCount } noites
    }). Sem: { $without } ({ $withoutCount ->
        [0] { $withoutCount } noites
        [one] { $withoutCount } noite
       *[other] { $withoutCount } noites
    }). { $comparison }
progress-sleep-better = Em média, a nota fica { $diff } pontos melhor depois de um relaxamento noturno.
progress-sleep-worse = Em média, a nota fica { $diff } pontos pior depois de um relaxamento noturno.
progress-insight-days = Últimos { $days } dias.
progress-insight-caveat = Estas médias descrevem seus próprios registros; não são um resultado médico. O sono, o estresse e o dia anterior também contam.

progress-flag-sustained = Você deu nota 7 ou mais à sua dor nas costas em { $mornings ->
        [one] { $mornings } manhã seguida
       *[other] { $mornings } manhãs seguidas
    } ({ $from } a { $to }).
progress-flag-rising = Sua dor média de manhã aumentou a cada semana durante três semanas, de { $first } (semana de { $firstWeek }) para { $last } (semana de { $lastWeek }).
progress-flag-steady = Sua dor média de manhã ficou em 4 ou mais todas as semanas durante { $weeks } semanas: { $first } na semana de { $firstWeek }, { $last } na semana de { $lastWeek }.
progress-flag-heading = Vale a pena conversar com um profissional
progress-flag-text = { $reason } O Limber não tem como saber o que está por trás disso; um médico ou fisioterapeuta tem.
progress-flag-urgent = Sinais que pedem ajuda hoje
progress-flag-stop = Pare qualquer exercício que piore seus sintomas.
progress-flag-dismiss = Dispensar este aviso

dose-heading = Carga
dose-try = Experimentar a nova carga
dose-try-label = Experimentar a nova carga de { $name }
dose-not-now = Agora não
dose-not-now-label = Agora não: manter a carga de { $name }
dose-paused = As mudanças de carga estão pausadas: { $reason } Enquanto isso durar, o Limber não sugere nenhuma mudança; pare qualquer exercício que piore seus sintomas. O que fazer está no aviso no alto desta tela.
dose-changed = Alterada em { $day }. “Desfazer” traz de volta: { $doses }
dose-undo = Desfazer a última mudança de carga
dose-undo-label = Desfazer a última mudança de carga de { $name }
dose-history = Histórico de carga
dose-era-since = { $how }, { $day }
dose-sessions-none = Nenhuma sessão ainda
dose-sessions = { $count ->
        [0] { $count } sessões
        [one] { $count } sessão
       *[other] { $count } sessões
    }: { $days }
dose-sessions-range = { $first } a { $last }

heatmap-caption = Calendário de { $name }. { $summary }
heatmap-summary = { $weeks ->
        [one] Última semana
       *[other] Últimas { $weeks } semanas
    }: { $done ->
        [0] { $done } dias feitos
        [one] { $done } dia feito
       *[other] { $done } dias feitos
    }, { $rest ->
        [0] {""}
        [one] { $rest } dia de descanso,{" "}
       *[other] { $rest } dias de descanso,{" "}
    }{ $missed ->
        [0] { $missed } perdidos
        [one] { $missed } perdido
       *[other] { $missed } perdidos
    }.
heatmap-day = { $day }: { $state }
heatmap-done = feita
heatmap-rest = dia de descanso
heatmap-missed = perdida
heatmap-pending = hoje, ainda não feita
heatmap-unscheduled = não programado
heatmap-untracked = antes de você começar
heatmap-future = ainda por vir
# O símbolo de um dia de descanso no calendário: uma letra (D de “descanso”).
heatmap-rest-symbol = D
heatmap-legend = O que o calendário mostra

chart-pain-axis = 0 = nenhuma, 10 = a pior
chart-pain = Dor (linha contínua)
chart-stiffness = Rigidez (linha tracejada)
chart-wind-down = Relaxamento na noite anterior (ponto cheio)
chart-morning = Rotina da manhã feita (anel)
chart-none = Nenhum registro ainda. Depois do seu registro da manhã, sua dor e sua rigidez aparecem aqui.
chart-count = { $count ->
        [0] { $count } registros neste período.
        [one] { $count } registro neste período.
       *[other] { $count } registros neste período.
    }
chart-latest = Mais recente, { $day }: dor { $pain }, rigidez { $stiffness }.
chart-average = Média dos últimos 30 dias: dor { $pain }, rigidez { $stiffness }.
chart-table-show = Mostrar os últimos registros como tabela
chart-table-caption = Últimos registros, mais recentes primeiro
chart-col-day = Dia
chart-col-pain = Dor
chart-col-stiffness = Rigidez
chart-col-wind-down = Relaxamento na noite anterior
chart-col-morning = Rotina da manhã
chart-yes = sim
chart-no = não

sleep-axis = 1 = muito mal, 5 = muito bem
sleep-line = Sono (linha)
sleep-none = Nenhuma noite avaliada ainda. O registro da manhã pergunta como você dormiu; suas respostas aparecem aqui.
sleep-count = { $count ->
        [0] { $count } noites avaliadas neste período.
        [one] { $count } noite avaliada neste período.
       *[other] { $count } noites avaliadas neste período.
    }
sleep-latest = Mais recente, { $day }: { $quality } de 5.
sleep-average = Média dos últimos 30 dias: { $average } de 5.

streaks-problem-boundary = Um novo dia começa às: “{ $text }” não é um horário; digite assim: 04:00.
