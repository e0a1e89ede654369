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

sync-error-no-folder = Nenhuma pasta de sincronização foi escolhida: escolha uma em Configurações ou execute `limber sync --folder CAMINHO`.
sync-error-folder = O Limber não pode usar { $folder } como pasta de sincronização: { $why }.
sync-why-not-found = não existe
sync-why-denied = o Limber não tem permissão para gravar lá
sync-why-read-only = está em um disco somente leitura
sync-why-full = o disco está cheio
sync-why-not-folder = não é uma pasta
sync-why-system = o sistema diz: { $detail }

sync-skip-unreadable-folder = não foi possível ler a pasta: { $why }
sync-skip-conflict-copy = uma cópia que a ferramenta de sincronização criou quando duas versões se encontraram; o Limber lê o original
sync-skip-unknown-name = o nome não é um dos que o Limber grava
sync-skip-not-file = não é um arquivo comum
sync-skip-too-large = tem mais de { $megabytes } MB, muito mais do que o Limber grava
sync-skip-no-header = não começa como um arquivo de sincronização do Limber
sync-skip-newer = foi gravado por uma versão mais nova do Limber (formato { $version }); atualize o Limber neste computador para lê-lo
sync-skip-other-device = a primeira linha cita outro computador ({ $device })
sync-skip-torn = a linha { $line } ainda não chegou inteira; ela será lida assim que a ferramenta de sincronização a trouxer
sync-skip-bad-line = linha { $line }: { $reason }
sync-skip-not-taken = não incorporada: { $why }

sync-cli-synced = Sincronizado com { $folder } ({ $time }).
# [0] before [one]: in Portuguese "one" also covers 0, but "0 novas alterações" reads better.
sync-cli-this-computer = Este computador ({ $name }, { $id }…): { $written ->
        [0] { $written } novas alterações gravadas
        [one] { $written } nova alteração gravada
       *[other] { $written } novas alterações gravadas
    }, { $total } no total.
sync-cli-read = { $read ->
        [0] { $read } novas alterações lidas
        [one] { $read } nova alteração lida
       *[other] { $read } novas alterações lidas
    } { $computers ->
        [0] de { $computers } outros computadores
        [one] de { $computers } outro computador
       *[other] de { $computers } outros computadores
    }.
sync-cli-device = { $name } ({ $id }…): { $changes ->
        [0] { $changes } alterações
        [one] { $changes } alteração
       *[other] { $changes } alterações
    }
sync-cli-device-last = { $name } ({ $id }…): { $changes ->
        [0] { $changes } alterações
        [one] { $changes } alteração
       *[other] { $changes } alterações
    }, a última em { $last }
sync-cli-skipped = { $files ->
        [one] { $files } arquivo ignorado
       *[other] { $files } arquivos ignorados
    }:
sync-picker-title = Escolha a pasta pela qual sincronizar
