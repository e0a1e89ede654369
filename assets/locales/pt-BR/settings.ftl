settings-saved = Salvo.

## Seu plano e guia do sono

guide-heading = Seu plano e guia do sono
guide-plan-label = Rotinas do seu plano
guide-no-reminder = Nenhum lembrete no plano.
guide-plan-hint = Estes são os lembretes que seu plano sugeriu; mude os horários em “Lembretes”.
guide-no-plan = Você ainda não configurou um plano.
guide-run-again = Refazer a configuração inicial
guide-set-up = Configurar meu plano
guide-position-legend = Como costumo dormir
guide-checklists-legend = Antes da rotina da noite
guide-wind-down-checklist = Mostrar a lista para relaxar à noite
guide-setup-checklist = Mostrar a lista para preparar a cama hoje à noite

sleep-position-side = De lado
sleep-position-back = De barriga para cima
sleep-position-stomach = De bruços
sleep-position-varies = Depende

plan-reminder-bedtime = Lembrete às { $time } ({ $lead } min antes de dormir), { $days }.
plan-reminder-fixed = Lembrete às { $time }, { $days }.
plan-reminder-first-use = Lembrete ao usar o computador pela primeira vez depois das { $time }, { $days }.
plan-days-every-day = todos os dias
plan-days-weekdays = de segunda a sexta
plan-days-weekends = nos fins de semana
plan-days-none = em nenhum dia
plan-days-some = { $days }

## Som

sound-heading = Som
sound-unavailable = { $reason } As sessões continuam funcionando, em silêncio até que uma saída de som esteja disponível.
sound-play = Tocar sons durante uma rotina
sound-tones-volume = Volume dos sinais sonoros
sound-volume-value = { $percent } por cento
sound-test = Testar som
sound-coach-legend = Guia por voz
sound-coach-off = Desligado
sound-coach-off-hint = Só sinais sonoros.
sound-coach-cues = Só avisos
sound-coach-cues-hint = Anuncia cada exercício, faz a contagem regressiva “3, 2, 1” e diz “troque de lado”, “descanse”, “metade”, “última” e “muito bem”.
sound-coach-full = Guia completo
sound-coach-full-hint = Também explica como fazer cada exercício, conta as repetições e diz quando inspirar e expirar: dá para acompanhar de olhos fechados.
sound-voice-volume = Volume da voz
sound-test-voice = Testar a voz
sound-gentle-at-night = Voz mais suave à noite: mais lenta e mais baixa nas rotinas da noite
sound-test-night-voice = Testar a voz da noite
sound-loading = Carregando…

## Aparência

appearance-heading = Aparência
appearance-theme-legend = Tema
appearance-theme-system = Igual ao sistema
appearance-theme-system-hint = Claro ou escuro, conforme a configuração da sua área de trabalho.
appearance-theme-light = Claro
appearance-theme-light-hint = Texto escuro em fundo claro.
appearance-theme-dark = Escuro
appearance-theme-dark-hint = Texto claro em fundo escuro.
appearance-theme-night = Noite
appearance-theme-night-hint = Suave e quente, com pouca luz azul, o dia todo.
appearance-night-after-bedtime = Modo noturno depois da hora de dormir
appearance-night-when = Do seu lembrete da noite ({ $from }) até o começo do dia ({ $until }).
appearance-night-needs-reminder = Primeiro configure um lembrete para uma rotina da noite: o modo noturno começa no horário dele.
appearance-night-on = Já passou da hora de dormir: o modo noturno está ativado.

## Sequências e metas

streaks-heading = Sequências e metas
streaks-day-boundary = Um novo dia começa às
streaks-day-boundary-hint = Um relaxamento noturno terminado antes deste horário conta para a noite anterior. Entre 00:00 e { $latest }.
streaks-rest-days = Dias de descanso permitidos por mês, para cada rotina
streaks-rest-days-hint = Um dia de descanso mantém a sequência sem aumentá-la.
streaks-goals-legend = Metas semanais
streaks-goals-hint = Opcional: em quantos dias por semana você quer praticar. Dias de descanso contam para a meta.
streaks-no-goal = Sem meta
streaks-goal-days = { $days } de 7 dias
streaks-save = Salvar configurações das sequências

sound-off-because = O som não está disponível: { $cause }.
sound-cause-no-device = nenhum dispositivo de som foi encontrado
sound-cause-device-lost = o dispositivo de som parou de funcionar
sound-cause-thread = não foi possível iniciar o processo de som
sound-cause-opening = a saída de som ainda está sendo aberta
sound-invalid-volume = O volume deve ser um número de 0 a 1, não { $volume }.
sound-invalid-voice-volume = O volume da voz deve ser um número de 0 a 1, não { $volume }.
