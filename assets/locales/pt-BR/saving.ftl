saving-folder = Pasta:
saving-not-saved-yet = Ainda não salvo
saving-waiting = { $count ->
        [1] Uma coisa que você fez ainda não foi salva. O Limber a guarda enquanto estiver aberto.
       *[other] { $count } coisas que você fez ainda não foram salvas. O Limber as guarda enquanto estiver aberto.
    }
saving-quit-held = O Limber não foi fechado, porque o que ainda não foi salvo seria perdido. Libere espaço (ou corrija a pasta) e espere alguns segundos, ou saia mesmo assim.
saving-quit-anyway = Sair mesmo assim e perder
saving-clear = Salvo. O Limber consegue gravar os dados de novo, e tudo o que estava esperando já está no disco.
saving-clear-label = Salvo
saving-clear-ok = OK

saving-record-saving = Salvando…
saving-record-counts = Salvo. Isto conta para hoje.
saving-record-not-counted = Salvo. Não conta para hoje: a maior parte da rotina não foi feita.
saving-feel-saved = Salvo com esta sessão.
saving-feel-waiting = Ainda não salvo: o Limber guarda sua resposta e a salva com a sessão.
saving-feel-refused = Não salvo: { $problem }
