# Traduzido de en/dose.ftl: as frases da carga adaptativa na tela Progresso. Calmo e simples: uma sugestão,
# nunca uma ordem. $exercise é o nome de um exercício, $routine o de uma rotina.

# Uma carga no histórico de carga. $sides é "each" (de cada lado) ou "none".
dose-value-hold = { $exercise }: sustentação de { $value } s
dose-value-reps = { $exercise }: { $sides ->
        [each] { $value ->
            [0] { $value } repetições de cada lado
            [one] { $value } repetição de cada lado
           *[other] { $value } repetições de cada lado
        }
       *[none] { $value ->
            [0] { $value } repetições
            [one] { $value } repetição
           *[other] { $value } repetições
        }
    }
dose-value-rounds = { $exercise }: { $value ->
        [0] { $value } rodadas
        [one] { $value } rodada
       *[other] { $value } rodadas
    }

# As duas cargas de uma mudança, a nova primeiro. $to é o número novo, $from o anterior.
dose-change-hold = { $exercise }: sustentação de { $to } s em vez de { $from } s.
dose-change-reps = { $exercise }: { $sides ->
        [each] { $to ->
            [0] { $to } repetições de cada lado
            [one] { $to } repetição de cada lado
           *[other] { $to } repetições de cada lado
        }
       *[none] { $to ->
            [0] { $to } repetições
            [one] { $to } repetição
           *[other] { $to } repetições
        }
    } em vez de { $from }.
dose-change-rounds = { $exercise }: { $to ->
        [0] { $to } rodadas
        [one] { $to } rodada
       *[other] { $to } rodadas
    } em vez de { $from }.

# Por que uma mudança é sugerida e o que experimentar; as duas partes são mensagens abaixo.
dose-why = { $reason }: experimente { $step }.
# $days: bedtime (noite), morning (manhã) ou anytime.
dose-because-run = Você concluiu a rotina { $days ->
        [bedtime] em { $finished } das suas últimas { $planned } noites
        [morning] em { $finished } das suas últimas { $planned } manhãs
       *[anytime] em { $finished } dos seus últimos { $planned } dias planejados
    }, e suas costas continuaram mais ou menos iguais ou melhoraram
# $before e $after são médias de 0 a 10, com uma casa decimal.
dose-because-rising = { $measure ->
        [after-sessions] Ultimamente suas costas têm ficado piores depois desta rotina
        [morning-pain] Ultimamente suas costas têm doído mais de manhã
       *[morning-stiffness] Ultimamente suas costas têm estado mais rígidas de manhã
    } (média de { $before } para { $after } numa escala de 0 a 10)
dose-because-skipped = Você pulou parte do exercício { $exercise } em { $sessions } das suas últimas { $of } sessões
# O que experimentar; o exercício aparece na linha de baixo. $by é quanto.
dose-step-hold-up = { $by ->
        [0] { $by } segundos a mais
        [one] um segundo a mais
       *[other] { $by } segundos a mais
    } em cada sustentação
dose-step-hold-down = { $by ->
        [0] { $by } segundos a menos
        [one] um segundo a menos
       *[other] { $by } segundos a menos
    } em cada sustentação
dose-step-reps-up = { $sides ->
        [each] { $by ->
            [0] { $by } repetições a mais de cada lado
            [one] uma repetição a mais de cada lado
           *[other] { $by } repetições a mais de cada lado
        }
       *[none] { $by ->
            [0] { $by } repetições a mais
            [one] uma repetição a mais
           *[other] { $by } repetições a mais
        }
    }
dose-step-reps-down = { $sides ->
        [each] { $by ->
            [0] { $by } repetições a menos de cada lado
            [one] uma repetição a menos de cada lado
           *[other] { $by } repetições a menos de cada lado
        }
       *[none] { $by ->
            [0] { $by } repetições a menos
            [one] uma repetição a menos
           *[other] { $by } repetições a menos
        }
    }
dose-step-rounds-up = { $by ->
        [0] { $by } rodadas a mais
        [one] uma rodada a mais
       *[other] { $by } rodadas a mais
    }
dose-step-rounds-down = { $by ->
        [0] { $by } rodadas a menos
        [one] uma rodada a menos
       *[other] { $by } rodadas a menos
    }

# Por que nada é sugerido agora. $day é um date-long.
dose-quiet-answered = No máximo uma mudança por semana: a próxima sugestão pode vir a partir de { $day }.
dose-quiet-little-history = Ainda não há sessões e registros da manhã suficientes para sugerir uma mudança: continue e responda “Como estão suas costas agora?” depois de cada sessão.
dose-quiet-building = Rotina concluída em { $finished } dos últimos { $planned } dias planejados: depois de { $needed } de { $days }, o Limber pode sugerir um pouco mais.
dose-quiet-not-settled = A carga continua como está: { $measure ->
        [after-sessions] a nota das suas costas depois das sessões
        [morning-pain] a dor nas costas de manhã
       *[morning-stiffness] a rigidez de manhã
    } foi de { $before } para { $after } em média, então não é hora de aumentar.
dose-quiet-at-limit = Todas as cargas que poderiam mudar já estão no limite da faixa segura: a carga continua como está.

# Abaixo de uma sugestão para uma rotina integrada.
dose-copy-note = { $routine } é uma rotina integrada: ao aceitar, você cria sua própria cópia com a nova carga, que assume o lembrete, a meta e o histórico da rotina.

# O que uma resposta fez. $doses é uma frase dose-change-*; $day um date-long; $copy o nome da cópia.
dose-accepted = A partir da sua próxima sessão: { $doses }
dose-accepted-copy = A partir da sua próxima sessão: { $doses } O Limber criou sua própria cópia de { $routine } com a nova carga, chamada “{ $copy }”: o lembrete, a meta semanal e o histórico passam para a cópia, e o original continua como estava.
dose-declined = A carga continua como está. O Limber não vai sugerir outra mudança nesta rotina antes de { $day }.
dose-undone = Desfeito. A partir da sua próxima sessão: { $doses }

# Uma resposta recusada, sem nada alterado.
dose-refused-not-offered = Esta sugestão não está mais disponível: suas sessões ou seus registros mudaram desde que ela foi mostrada. Nada foi alterado.
dose-refused-nothing-to-undo = Não há nenhuma mudança de carga para desfazer nesta rotina.
dose-refused-stale = Esta sugestão não serve mais para { $routine }: a rotina foi alterada desde que a sugestão foi feita. Nada foi alterado.
dose-refused-range = A mudança levaria { $exercise } para fora da faixa segura. Nada foi alterado.

# Como começou cada período do histórico de carga.
dose-era-start = Carga inicial
dose-era-step-up = Aumento que você aceitou
dose-era-step-down = Redução que você aceitou
dose-era-undo = Mudança desfeita
