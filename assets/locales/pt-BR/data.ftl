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

import-done = Importado: { $sessions ->
        [0] { $sessions } sessões adicionadas
        [one] { $sessions } sessão adicionada
       *[other] { $sessions } sessões adicionadas
    }{ $skipped ->
        [0] {""}
        [one] , { $skipped } já existia
       *[other] , { $skipped } já existiam
    }, { $entries ->
        [0] { $entries } entradas do diário adicionadas
        [one] { $entries } entrada do diário adicionada
       *[other] { $entries } entradas do diário adicionadas
    }{ $updated ->
        [0] {""}
        [one] , { $updated } atualizada com respostas mais recentes
       *[other] , { $updated } atualizadas com respostas mais recentes
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } dia de descanso adicionado
       *[other] , { $restDays } dias de descanso adicionados
    }{ $routines ->
        [0] {""}
        [one] , { $routines } rotina própria adicionada ou atualizada
       *[other] , { $routines } rotinas próprias adicionadas ou atualizadas
    }{ $settings ->
        [0] {""}
        [one] , { $settings } configuração adicionada
       *[other] , { $settings } configurações adicionadas
    }.
import-refused-invalid = Nada foi importado: o arquivo tem { $total ->
        [one] { $total } problema
       *[other] { $total } problemas
    }. { $shown ->
        [one] É este
       *[other] Os primeiros são
    }: { $problems }{ $more ->
        [0] .
       *[other] ; e mais { $more }.
    }
import-refused-not-export = Nada foi importado: o arquivo não é uma exportação do Limber.
import-refused-not-text = Nada foi importado: o arquivo não é uma exportação do Limber (não é um arquivo de texto).
import-refused-newer = Nada foi importado: o arquivo foi criado por uma versão mais nova do Limber (versão de exportação { $found }; esta versão do Limber lê até a versão { $known }); atualize o Limber para importá-lo.
import-refused-too-large = Nada foi importado: o arquivo é grande demais para ser uma exportação do Limber ({ $bytes } bytes; o limite é { $limit }).
import-refused = Nada foi importado: { $reason }.
import-picked-up = O Limber que está aberto já recebeu a alteração.
data-filter-json = Exportação do Limber (JSON)
data-filter-csv = Planilha CSV
file-write-failed = Não foi possível gravar { $path }: { $detail }.
file-save-failed = Não foi possível salvar { $path }: { $detail }.
