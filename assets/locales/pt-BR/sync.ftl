sync-heading = Sincronização entre seus computadores
sync-off-hint = Usa o Limber em mais de um computador? Escolha uma pasta que você já sincroniza com Syncthing, Nextcloud, Dropbox, OneDrive ou iCloud Drive, ou uma pasta em um pendrive. O Limber grava nela um arquivo para este computador e lê os arquivos dos seus outros computadores, então uma rotina feita em um conta em todos. O Limber em si nunca usa a rede.
sync-choose = Escolher pasta de sincronização…
sync-folder = Pasta
sync-last-synced = Última sincronização
sync-not-yet = Ainda não
sync-this-computer = Este computador
sync-now = Sincronizar agora
sync-choose-another = Escolher outra pasta…
sync-stop = Parar de sincronizar
sync-devices-heading = Seus outros computadores
sync-no-devices = Nenhum ainda. Escolha esta mesma pasta no Limber do seu outro computador; ele aparece aqui assim que o arquivo dele chegar.
sync-device-activity = { $changes }, última alteração { $when }
sync-confirm-remove = Parar de ler o arquivo de { $name }? O que ele já trouxe continua aqui.
sync-yes-remove = Sim, remover { $name }
sync-keep = Manter { $name }
sync-remove = Remover { $name }
sync-skipped-heading = Ignorados na última passagem
sync-contents = O que os arquivos contêm
sync-contents-what = Suas sessões, seus registros (diário), dias de descanso, suas próprias rotinas e seus horários de lembrete, plano de rotinas e metas. Não suas configurações de som nem o tamanho da janela.
sync-contents-plain = Os arquivos são JSON legível, sem criptografia, então escolha uma pasta de confiança: qualquer pessoa que consiga abrir a pasta pode lê-los.

sync-chosen = Agora o Limber sincroniza pela pasta { $folder }.
sync-synced = Sincronizado.
sync-stopped = Sincronização interrompida. Os arquivos do Limber continuam em { $folder }; escolha a pasta de novo para recomeçar.
sync-removed = { $name } removido: o Limber não lê mais o arquivo dele. O que ele já trouxe continua aqui.

sync-just-now = agora mesmo
sync-when = { $ago } ({ $time })
sync-changes = { $count ->
        [0] nenhuma alteração
        [one] { $count } alteração
       *[other] { $count } alterações
    }
sync-written-none = nada gravado deste computador ainda
sync-written = { $changes } deste computador
sync-unnamed = Computador sem nome
