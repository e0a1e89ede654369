# Traduzido de en/routine-rules.ftl: o que está errado em uma rotina, no editor e ao importar um arquivo.
# Curto e simples. $field é name (o nome) ou description (a descrição).
rule-id-not-kebab = O identificador da rotina “{ $id }” deve ser formado por palavras em minúsculas unidas por hífens.
rule-id-too-long = O identificador da rotina pode ter no máximo { $max } caracteres.
rule-empty = { $field ->
        [name] Dê um nome à rotina.
       *[description] Escreva uma descrição curta.
    }
rule-too-long = { $field ->
        [name] O nome pode ter no máximo { $max } caracteres; ele tem { $got }.
       *[description] A descrição pode ter no máximo { $max } caracteres; ela tem { $got }.
    }
rule-control-characters = { $field ->
        [name] O nome não pode conter tabulações nem quebras de linha.
       *[description] A descrição não pode conter tabulações nem quebras de linha.
    }
rule-direction-marks = { $field ->
        [name] O nome não pode conter marcas invisíveis de direção do texto.
       *[description] A descrição não pode conter marcas invisíveis de direção do texto.
    }
rule-angle-brackets = { $field ->
        [name] O nome não pode conter < nem >.
       *[description] A descrição não pode conter < nem >.
    }
rule-no-exercises = Adicione pelo menos um exercício.
rule-too-many-exercises = Uma rotina pode ter no máximo { $max } exercícios; esta tem { $got }.
rule-unknown-exercise = O Limber não tem nenhum exercício “{ $id }”.
# $field: holdSecs (sustentação), reps, rounds (rodadas), paceSecs (segundos por movimento) ou restAfterSecs.
rule-dose-range = { $field ->
        [holdSecs] Uma sustentação deve durar de { $min } a { $max } s.
        [reps] As repetições devem ficar entre { $min } e { $max }.
        [rounds] As rodadas devem ficar entre { $min } e { $max }.
        [paceSecs] Cada movimento deve durar de { $min } a { $max } s.
       *[restAfterSecs] O descanso depois de um exercício deve durar de { $min } a { $max } s.
    }
rule-no-hold = { $exercise } não tem sustentação para mudar.
rule-no-pace = { $exercise } não tem movimento cronometrado para ajustar o ritmo.
rule-too-long-to-do = Esta rotina levaria { $minutes } min; o máximo permitido é { $max } min.
