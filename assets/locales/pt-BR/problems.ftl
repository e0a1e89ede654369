problem-disk-full-title = O disco onde ficam os dados do Limber está cheio.
problem-disk-full-advice = { $readable ->
        [yes] Nada foi perdido.
       *[no] Nada foi perdido: seus dados continuam naquela pasta, e o Limber vai abri-los assim que houver espaço.
    } Tudo o que você fizer de novo fica guardado enquanto o Limber estiver aberto, e o Limber tenta salvar a cada poucos segundos. Libere espaço nesse disco (esvazie a lixeira ou apague arquivos grandes de que você não precisa mais) e o Limber salva automaticamente.
problem-read-only-title = O Limber não consegue salvar: a pasta de dados dele está em modo somente leitura.
problem-read-only-advice = { $readable ->
        [yes] Nada foi perdido: seus dados continuam lá.
       *[no] Nada foi perdido: seus dados continuam naquela pasta, e o Limber vai abri-los assim que puder.
    } Tudo o que você fizer de novo fica guardado enquanto o Limber estiver aberto, e o Limber tenta salvar a cada poucos segundos. Permita de novo a gravação na pasta (verifique se o disco dela não está montado como somente leitura e se a pasta pertence ao seu usuário) e o Limber salva automaticamente.
problem-busy-title = Outro programa está usando o arquivo de dados do Limber.
problem-busy-advice = Nada foi perdido. Tudo o que você fizer de novo fica guardado enquanto o Limber estiver aberto, e o Limber tenta salvar a cada poucos segundos. Será salvo automaticamente assim que o outro programa liberar o arquivo; se isso não acontecer, feche os programas que possam estar com o arquivo aberto (uma ferramenta de backup ou de sincronização, um visualizador de banco de dados, um segundo Limber).
problem-unavailable-title = O Limber não consegue usar os dados dele agora.
problem-unavailable-advice = { $readable ->
        [yes] Nada foi apagado.
       *[no] Nada foi apagado: seus dados continuam naquela pasta.
    } Tudo o que você fizer de novo fica guardado enquanto o Limber estiver aberto, e o Limber tenta salvar a cada poucos segundos.
problem-sentence = { $title } A pasta é { $folder }. { $advice } (Detalhes: { $detail }.)

problem-disk-full-waiting = O disco onde ficam os dados do Limber está cheio. O Limber guarda isto e tenta de novo a cada poucos segundos: libere espaço nesse disco e será salvo automaticamente. Mantenha o Limber aberto até lá.
problem-read-only-waiting = A pasta de dados do Limber está em modo somente leitura. O Limber guarda isto e tenta de novo a cada poucos segundos: permita de novo a gravação na pasta e será salvo automaticamente. Mantenha o Limber aberto até lá.
problem-busy-waiting = Outro programa está usando o arquivo de dados do Limber. O Limber guarda isto e tenta de novo a cada poucos segundos: será salvo automaticamente assim que o outro programa liberar o arquivo. Mantenha o Limber aberto até lá.
problem-unavailable-waiting = O Limber não consegue usar os dados dele agora. Ele guarda isto e tenta de novo a cada poucos segundos. Mantenha o Limber aberto até que seja salvo.

problem-disk-full-refused = Não salvo: o disco onde ficam os dados do Limber está cheio. Libere espaço nesse disco e tente de novo.
problem-read-only-refused = Não salvo: a pasta de dados do Limber está em modo somente leitura. Permita de novo a gravação nela e tente de novo.

session-not-saved = Não foi possível salvar a sessão: { $detail }.
