data-heading = Seus dados
data-hint = Tudo fica neste computador (e na sua pasta de sincronização, se você escolher uma abaixo). Exporte uma cópia para guardar, levar para outro computador ou abrir em uma planilha.
data-export-json = Exportar tudo (JSON)…
data-export-sessions = Exportar sessões (CSV)…
data-export-journal = Exportar diário (CSV)…
data-exported = Arquivo de { $size } salvo em { $path }.
data-import-heading = Importar
data-import-hint = Traga uma exportação do Limber (JSON). O arquivo é verificado primeiro; se algo estiver errado, nada muda. As sessões e entradas que você já tem são mantidas, então importar o mesmo arquivo duas vezes não acrescenta nada.
data-import = Importar uma exportação do Limber…
data-backups-heading = Backups diários
data-backups-hint = O Limber copia o banco de dados uma vez por dia e mantém as { $kept } cópias mais recentes. Se o banco de dados for danificado algum dia, ele restaura a cópia boa mais recente ao iniciar. Elas ficam em { $folder }.
data-no-backup = Nenhum backup ainda; o primeiro é feito hoje.
data-backups-label = Backups
data-backup-row = { $day } · { $size }
data-backup-old = Seu backup mais recente tem { $days } dias. Se seus dados fossem danificados agora, o Limber só conseguiria recuperá-los como estavam há { $days } dias, e tudo o que você registrou desde então seria perdido. O Limber faz um backup a cada dia em que é executado; se este aviso continuar, verifique se o disco tem espaço livre e se é possível gravar na pasta de backups.

# [0] before [one]: in Portuguese "one" also covers 0, but "0 bytes" reads better.
size-bytes = { $bytes ->
        [0] { $bytes } bytes
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
