# Traduzido de en/refusals.ftl: os valores que as sequências e os dias de descanso, a sessão, o editor e o
# plano recusam, sem alterar nada. $got é o valor recebido.
streak-refused-boundary-time = O horário em que um novo dia começa deve ser escrito como 04:00 (recebido: “{ $got }”).
streak-refused-boundary-late = Um novo dia deve começar entre 00:00 e { $latest } (recebido: { $got }).
streak-refused-rest-days = Os dias de descanso por mês devem ficar entre 0 e { $max } (recebido: { $got }).
# $routine é o identificador de uma rotina.
streak-refused-unknown-routine = Não existe nenhuma rotina “{ $routine }” para receber uma meta.
streak-refused-goal = Uma meta semanal deve ficar entre { $min } e { $max } dias (recebido: { $got }).
rest-day-refused-already = Hoje já é um dia de descanso.
rest-day-refused-limit = { $limit ->
        [0] Suas Configurações não permitem nenhum dia de descanso por mês.
        [one] Você já usou o dia de descanso deste mês para esta rotina.
       *[other] Você já usou os { $limit } dias de descanso deste mês para esta rotina.
    }

session-refused-running = { $routine } ainda está em andamento: pare essa rotina antes de começar outra.
session-refused-unsuitable = Todos os movimentos de { $routine } ficam de fora para você por causa das suas respostas às perguntas iniciais. Você pode mudá-las em Configurações, com “{ guide-run-again }”.
session-refused-none = Nenhuma rotina está em andamento.
session-refused-feel = A resposta deve ficar entre { $min } e { $max } (recebido: { $got }).
routine-refused-built-in = Rotinas integradas não podem ser alteradas; duplique a rotina para criar a sua.
routine-refused-built-in-delete = Rotinas integradas não podem ser excluídas.
routine-refused-not-a-copy = Esta rotina não foi copiada de uma rotina integrada, então não há nada para restaurar.
routine-refused-problems = A rotina não foi salva: { $count ->
        [0] corrija primeiro os problemas indicados.
        [one] corrija primeiro o problema indicado.
       *[other] corrija primeiro os { $count } problemas indicados.
    }
plan-refused-no-days = Escolha pelo menos um dia para suas rotinas.

session-refused-command = { $state ->
        [not-started] A rotina ainda não começou.
        [started] A rotina já começou.
        [paused] A rotina já está pausada.
        [not-paused] A rotina não está pausada.
        [over] A rotina terminou.
       *[nothing-to-extend] Esta etapa não tem sustentação nem descanso para prolongar.
    }
routine-refused-edit = Essa alteração não se encaixa mais nesta rotina. Nada foi alterado.
language-refused-unknown = O Limber não fala “{ $tag }”.
