error-not-found = { $what ->
        [exercise] Nenhum exercício chamado “{ $id }”.
        [session] Nenhuma sessão chamada “{ $id }”.
        [own-routine] Você não tem nenhuma rotina chamada “{ $id }”.
       *[routine] Nenhuma rotina chamada “{ $id }”.
    }
error-as-said = { $text }
error-library = A biblioteca de exercícios integrada é inválida: { $detail }
error-data-dir = A pasta de dados não foi encontrada: { $detail }
error-internal = Algo deu errado dentro do Limber: { $detail }
