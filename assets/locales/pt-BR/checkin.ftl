checkin-heading = Registro da manhã
checkin-meta-again = { $day } · Você já fez seu registro hoje; mude o que quiser e salve de novo.
checkin-meta-new = { $day } · Como estão suas costas hoje de manhã?
checkin-pain-legend = Dor nas costas neste momento
checkin-pain-value = Dor { $value }
checkin-pain-low = 0 nenhuma
checkin-pain-high = 10 a pior imaginável
checkin-stiffness-legend = Rigidez neste momento
checkin-stiffness-value = Rigidez { $value }
checkin-stiffness-low = 0 nenhuma
checkin-stiffness-high = 10 mal consigo me mexer
checkin-sleep-legend = Como você dormiu?
checkin-sleep-value = Sono: { $quality }
checkin-sleep-very-poor = Muito mal
checkin-sleep-poor = Mal
checkin-sleep-ok = Mais ou menos
checkin-sleep-good = Bem
checkin-sleep-very-good = Muito bem
checkin-position-legend = Posição em que você dormiu
checkin-position-side = De lado
checkin-position-back = De barriga para cima
checkin-position-stomach = De bruços
checkin-position-varies = Variou
checkin-note = Nota (opcional)
checkin-save = Salvar registro
checkin-see-progress = Ver progresso
checkin-not-saved = Ainda não salvo
checkin-saved-for = Salvo para { $day }.
checkin-missing = Falta responder: { $questions }.
checkin-missing-pain = dor nas costas
checkin-missing-stiffness = rigidez
checkin-missing-sleep = qualidade do sono
checkin-missing-position = posição ao dormir

checkin-card-not-saved = As respostas de hoje ainda não foram salvas: o Limber as guarda e tenta de novo.
checkin-card-see = Ver registro
checkin-card-done = Feito hoje: dor { $pain }, rigidez { $stiffness }, sono { $sleep } de 5.
checkin-card-edit = Editar registro
checkin-card-invite = Como estão suas costas hoje de manhã? Quatro cliques, menos de dez segundos.
checkin-card-now = Registrar agora

recovery-heading = Seus dados foram restaurados de um backup
recovery-restored = { $records ->
        [0] O Limber encontrou o banco de dados danificado e restaurou o backup de { $day }. As configurações alteradas depois desse backup voltaram a ser como eram.
        [one] O Limber encontrou o banco de dados danificado e restaurou o backup de { $day } e a única entrada salva desde então. As configurações alteradas depois desse backup voltaram a ser como eram.
       *[other] O Limber encontrou o banco de dados danificado e restaurou o backup de { $day } e as { $records } entradas salvas desde então. As configurações alteradas depois desse backup voltaram a ser como eram.
    }
recovery-fresh-with-log = { $records ->
        [0] O Limber encontrou o banco de dados danificado e não tinha nenhum backup em bom estado, então recomeçou do zero.
        [one] O Limber encontrou o banco de dados danificado e não tinha nenhum backup em bom estado, então recomeçou do zero com a única entrada do histórico.
       *[other] O Limber encontrou o banco de dados danificado e não tinha nenhum backup em bom estado, então recomeçou do zero com as { $records } entradas do histórico.
    }
recovery-fresh = O Limber encontrou o banco de dados danificado e não tinha nenhum backup em bom estado, então recomeçou do zero.
recovery-kept = O arquivo danificado foi mantido, não excluído:
recovery-told = { $what } { $kept } { $path }
recovery-details = Detalhes
recovery-ok = OK
