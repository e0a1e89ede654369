editor-title-loading = Rotina
editor-title-new = Nova rotina
editor-title-edit = Editar rotina
editor-back = Voltar
editor-loading = Carregando…
editor-about = Sobre esta rotina
editor-copy-of = Uma cópia de { $name }; o original nunca muda.
editor-reset = Restaurar { $name }
editor-name = Nome
editor-description = Para que serve
editor-when = Quando
editor-when-bedtime = Na hora de dormir
editor-when-morning = De manhã
editor-when-anytime = A qualquer hora

## Os exercícios da rotina.

editor-exercises = Exercícios
editor-empty = { $count ->
        [0] Ainda não há exercícios. Adicione alguns da lista.
       *[other] Ainda não há exercícios. Adicione alguns da lista de { $count }.
    }
editor-order-hint = Arraste um exercício pela alça, ou use Mover para cima e Mover para baixo. Campos vazios usam o padrão do exercício.
editor-drag = Arraste para reordenar
editor-about-length = cerca de { $duration }
editor-move-up = Mover para cima
editor-move-up-label = Mover { $exercise } para cima
editor-move-down = Mover para baixo
editor-move-down-label = Mover { $exercise } para baixo
editor-remove = Remover
editor-remove-label = Remover { $exercise }
editor-hold = Manter (s)
editor-reps = Repetições
editor-rounds = Rodadas
editor-pace = Ritmo (s por movimento)
editor-sides = Lados
editor-rest-after = Descanso depois (s)
editor-sides-none = Sem lados
editor-sides-each = Um lado de cada vez
editor-sides-alternate = Lados alternados
editor-sides-default = { $sides ->
        [none] Padrão (sem lados)
        [each] Padrão (um lado de cada vez)
       *[alternate] Padrão (lados alternados)
    }
editor-default = padrão: { $value }
editor-not-a-number = Digite um número inteiro, ou deixe vazio para usar o padrão.

## A escolha de exercícios.

editor-add-heading = Adicionar exercícios
editor-search = Buscar exercícios
editor-area = Região do corpo
editor-all-areas = Todas as regiões
editor-where = Onde
editor-anywhere = Em qualquer lugar
editor-choice-meta = { $area } · { $position } · cerca de { $duration }
editor-add = Adicionar
editor-add-label = Adicionar { $exercise }
editor-shown-all = { $total ->
        [one] { $total } exercício
       *[other] { $total } exercícios
    }
editor-shown-none = Nenhum exercício corresponde; limpe a busca ou um filtro.
editor-shown-some = { $total ->
        [one] { $shown } de { $total } exercício
       *[other] { $shown } de { $total } exercícios
    }

## A rotina como arquivo.

editor-file-heading = Esta rotina
editor-file-hint = Compartilhe ou guarde uma cópia como arquivo, ou exclua a rotina. Ao excluí-la, as sessões passadas continuam no seu histórico.
editor-save-to-export = Salve suas alterações para exportá-las.
editor-export = Exportar para arquivo…
editor-delete = Excluir rotina
editor-delete-question = Excluir “{ $name }”? As sessões passadas dela continuam no seu histórico.
editor-delete-yes = Sim, excluir
editor-delete-keep = Manter
editor-leave-question = Sair sem salvar? Suas alterações serão perdidas.
editor-leave-yes = Sair sem salvar
editor-leave-keep = Continuar editando

## A barra de baixo.

editor-total = { $count ->
        [0] Cerca de { $duration } · { $count } exercícios
        [one] Cerca de { $duration } · { $count } exercício
       *[other] Cerca de { $duration } · { $count } exercícios
    }
editor-problems = { $count ->
        [1] { $count } coisa para corrigir antes de salvar.
       *[other] { $count } coisas para corrigir antes de salvar.
    }
editor-not-saved = Ainda não salva.
editor-saved = Salva.
editor-save = Salvar rotina
editor-start = Começar

## O que um leitor de tela ouve depois de uma alteração.

editor-added = { $exercise } adicionado. { $total }.
editor-removed = { $exercise } removido.
editor-moved = { $exercise } agora está na posição { $position } de { $count }.
editor-the-exercise = O exercício
editor-reset-done = Os exercícios de { $name } voltaram. Salve para mantê-los.
editor-reset-done-unnamed = Os exercícios do original voltaram. Salve para mantê-los.
editor-saved-as = “{ $name }” salva. Ela está na tela Hoje com as outras rotinas.

## A rotina salva em arquivo ou importada.

routine-exported = “{ $name }” salva em { $path }.
routine-import-refused = Nada foi importado: { $file } tem { $problems ->
        [0] { $problems } problemas
        [one] { $problems } problema
       *[other] { $problems } problemas
    }.
routine-imported = “{ $name }” importada.
routine-imported-restored = “{ $name }” importada; as sessões anteriores dela estão de volta no histórico.
routine-imported-copy = “{ $name }” importada como nova rotina, porque já existe aqui uma com o mesmo identificador.
editor-filter-routine = Rotina do Limber

# Como começam uma rotina nova e a cópia de uma rotina sua; dá para renomeá-las. No máximo 60 caracteres.
routine-new-name = Minha rotina
routine-new-description = Uma rotina que eu montei.
# $name é o nome da rotina copiada.
routine-copy-of-own = { $name } (cópia)
