## Antes de a rotina começar.

player-back-home = ← Voltar
player-exercises-label = Exercícios desta rotina
player-safety = Mova-se devagar e com cuidado. Pare qualquer exercício que piore sua dor ou faça a dor descer por uma perna.
player-help = Quando procurar ajuda
player-not-for-you = Todos os movimentos desta rotina ficam de fora para você por causa das suas respostas às perguntas iniciais. Você pode mudá-las em Configurações, com “{ guide-run-again }”.
player-start = Começar
player-loading = Carregando…
player-sound-note = { $reason } A rotina continua em silêncio.

## Durante a rotina.

player-in-progress = { $routine } em andamento
player-progress = Progresso da rotina
player-time-left = { $seconds ->
        [0] { $seconds } segundos restantes nesta etapa
        [one] { $seconds } segundo restante nesta etapa
       *[other] { $seconds } segundos restantes nesta etapa
    }
player-breathe-in = Inspire
player-breathe-out = Expire
player-paused = Pausado
player-show-steps = Mostrar todas as etapas
player-hide-steps = Ocultar etapas
player-show-cautions = Cuidados
player-hide-cautions = Ocultar cuidados
player-steps-label = Como fazer { $exercise }
player-controls = Controles da sessão
player-previous = Voltar
player-pause = Pausar
player-resume = Retomar
player-skip = Pular
player-add-time = +{ $seconds } s
player-stop = Parar
player-stop-question = Parar esta rotina? O que você fez até agora fica guardado.
player-keep-going = Continuar
player-stop-routine = Parar a rotina
player-help-paused = A rotina está pausada.
player-help-back = Voltar para a rotina
player-help-close = Fechar

## Luzes apagadas.

player-lights-out = Apagar as luzes
player-lights-out-label = { $routine } em andamento, luzes apagadas
player-lights-on = Acender as luzes
player-lights-on-paused = Pausado. Acender as luzes

## O que é a etapa.

player-get-ready-for = Prepare-se: { $exercise }
player-get-ready = Prepare-se
player-switch-sides = Troque de lado
player-rest = Descanse
player-exercise = Exercício
player-side-left = Lado esquerdo
player-side-right = Lado direito
player-with-side = { $side ->
        [left] { $title }, lado esquerdo
       *[right] { $title }, lado direito
    }
player-rep = Repetição { $rep } de { $reps }
player-hold = Sustentação { $rep } de { $reps }
player-breath = Respiração { $rep } de { $reps }
player-round = Rodada { $round } de { $rounds }
player-count-round = { $count } · rodada { $round } de { $rounds }
player-next = A seguir: { $step }
player-next-finish = A seguir: fim
player-announce = { $step }.
player-announce-hold = { $seconds ->
        [1] { $step }, segure por { $seconds } segundo.
       *[other] { $step }, segure por { $seconds } segundos.
    }
player-announce-reps = { $count ->
        [1] { $step }, { $count } repetição.
       *[other] { $step }, { $count } repetições.
    }
player-announce-breaths = { $count ->
        [1] { $step }, { $count } respiração.
       *[other] { $step }, { $count } respirações.
    }

## A tela final.

player-well-done = Muito bem
player-stopped = Sessão interrompida
player-summary = { $skipped ->
        [0] { $routine }: { $done } de { $total } etapas feitas, em { $time }.
        [1] { $routine }: { $done } de { $total } etapas feitas, { $skipped } pulada, em { $time }.
       *[other] { $routine }: { $done } de { $total } etapas feitas, { $skipped } puladas, em { $time }.
    }
player-not-saved = Não salva
player-not-saved-yet = Ainda não salva
player-feel-legend = Como estão suas costas agora?
player-feel-low = 0 sem dor
player-feel-high = 10 a pior
player-feel-value = Costas: { $value } de 10
player-checkin = Registro da manhã
player-done = Concluir
