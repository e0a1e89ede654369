# A tela de exercícios, a tela “Dormir bem”, a Ajuda e as partes comuns do guia (cuidados, listas, sinais de
# alerta). As palavras dos próprios exercícios, as dicas de sono e os sinais de alerta são conteúdo, não ficam aqui.

library-heading = Exercícios
library-intro = Todos os movimentos que o Limber usa. Abra um para ver como fazer, como respirar e quando tomar cuidado.
library-area = Região do corpo
library-area-all = Todas as regiões
library-position = Posição
library-position-all = Todas as posições
library-count = { $total ->
        [0] { $shown } de { $total } exercícios
        [one] { $shown } de { $total } exercício
       *[other] { $shown } de { $total } exercícios
    }
library-no-match = Nenhum exercício corresponde aos dois filtros. Tente “Todas as regiões” ou “Todas as posições”.
library-list = Exercícios
library-meta = { $area } · { $position } · { $dose } · cerca de { $duration }
library-show = Etapas e cuidados
library-show-label = Etapas e cuidados de { $name }
library-hide = Ocultar etapas
library-hide-label = Ocultar etapas de { $name }
library-how = Como fazer
library-breathing = Respiração
library-used-in = Faz parte de: { $routines }

area-lower-back = Lombar
area-upper-back = Parte de cima das costas
area-neck = Pescoço
area-core = Tronco
position-in-bed = Na cama
position-floor = No chão
position-standing = Em pé
position-seated = Sentado

exercise-dose-breaths = { $count ->
        [one] { $count } respiração lenta
       *[other] { $count } respirações lentas
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rodadas
    }
exercise-dose-once = { $rounds ->
        [1] Uma vez
       *[other] Uma vez, { $rounds } rodadas
    }
exercise-dose-hold = Manter { $hold } s{ $sides ->
        [each] {" "}de cada lado
        [alternate] {" "}de cada lado, alternando
       *[none] {""}
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rodadas
    }
exercise-dose-reps = { $count ->
        [one] { $count } repetição
       *[other] { $count } repetições
    }{ $sides ->
        [each] {" "}de cada lado
        [alternate] {" "}de cada lado, alternando
       *[none] {""}
    }{ $hold ->
        [none] {""}
       *[other] , manter { $hold } s
    }{ $rounds ->
        [1] {""}
       *[other] , { $rounds } rodadas
    }

# As condições da configuração inicial, como aparecem dentro de uma frase (com letra minúscula).
condition-osteoporosis = osteoporose
condition-spinal-surgery = cirurgia ou fratura recente na coluna
condition-pregnancy = gravidez
condition-bending-forward = dor ao se inclinar para a frente
guide-left-out-item = { $exercise } ({ $conditions })
guide-left-out = Ficam de fora para você: { $items }.
guide-unsuitable = { $name } não está no seu plano: todos os movimentos desta rotina ficam de fora.
guide-unsuitable-because = { $name } não está no seu plano: todos os movimentos desta rotina ficam de fora por causa destas condições: { $conditions }.
guide-ask-surgeon = Seu cirurgião ou fisioterapeuta pode dizer quais movimentos servem para você, e a partir de quando.
guide-ask-physio = Um fisioterapeuta pode sugerir movimentos que sirvam para você.

guide-take-care = Cuidado
guide-take-care-for = Cuidado: { $name }
guide-tonight = Sua cama hoje à noite
guide-this-evening = Hoje à noite
guide-start-routine = Começar a rotina
guide-skip-checklist = Pular a lista
guide-setup-label = O que vai onde: { $position }
guide-safety-loading = Carregando o guia de segurança…
guide-safety-problem = Não foi possível mostrar o guia de segurança: { $problem }

sleep-show-for = Preparar a cama para dormir
sleep-yours = (a sua)
sleep-tips = Vale a pena tentar

help-heading = Ajuda
help-when = Quando procurar ajuda
help-use-heading = Como usar o Limber
help-use-start-title = Comece uma rotina
help-use-start = na tela Hoje. O relaxamento noturno é para a noite, no chão ou na cama; a rotina da manhã começa na cama, antes de você se levantar.
help-use-follow-title = Siga o cronômetro e a voz.
help-use-follow = Ative o guia por voz em Configurações, Som: com “Só avisos”, cada exercício é anunciado quando começa e você ouve quando trocar de lado e quando termina uma sustentação; o “Guia completo” também explica como fazer cada movimento, conta as repetições e marca o ritmo da sua respiração, para você poder ficar de olhos fechados. Ele continua mesmo com a janela fechada.
help-use-before-title = Antes da rotina da noite,
help-use-before = o Limber mostra uma lista curta para a noite e para os travesseiros de hoje. Marque o que já está feito, ou pule a lista.
help-use-reminders-title = Os lembretes
help-use-reminders = chegam um pouco antes da hora de dormir e depois que você acorda. Mude-os em Configurações, onde você também pode refazer a configuração inicial.
help-use-checkin-title = Faça seu registro
help-use-checkin = todo dia: como estiveram suas costas e seu sono. Em Progresso, você vê com o tempo o que ajuda.
help-use-gently-title = Comece com calma.
help-use-gently = Faça poucas repetições e aumente aos poucos, de manhã e à noite. Mova-se devagar, nunca faça movimentos de mola e respire normalmente.
help-use-bed-title = Deitar e sair da cama.
help-use-bed = Para levantar, vire de lado, empurre o corpo para cima com os braços e passe as pernas para fora da cama. Para deitar à noite, faça o mesmo ao contrário.
help-use-answers-title = Suas respostas contam.
help-use-answers = Se você contou ao Limber sobre osteoporose, uma cirurgia recente na coluna, uma gravidez ou dor ao se inclinar para a frente, os movimentos que não servem para você ficam de fora das rotinas. Mude suas respostas em Configurações.
help-keys-heading = Atalhos de teclado durante uma rotina
help-keys-key = Tecla
help-keys-does = O que faz
help-key-space = Espaço
help-key-right = Seta para a direita
help-key-left = Seta para a esquerda
help-key-esc = Esc
help-key-space-does = Pausar ou continuar
help-key-right-does = Pular para o próximo exercício
help-key-left-does = Voltar ao exercício anterior
help-key-esc-does = Parar a rotina
help-routines-heading = Para que serve cada rotina
help-find-exercises = Todos os exercícios, com as etapas e os cuidados, estão em { $exercises }.
help-find-sleep = Travesseiros e colchão estão em { $sleep }.
help-advice-heading = O Limber não é aconselhamento médico
help-advice = O Limber oferece rotinas gerais e suaves e dicas de sono tiradas de fontes públicas de saúde. Ele não conhece seu corpo nem seu histórico, não pode diagnosticar nada e não substitui um médico ou fisioterapeuta. Se não tiver certeza de que um exercício é adequado para você, pergunte a um deles.
