# A lista da noite antes da rotina de dormir, traduzida de en/content-wind-down.ftl. Cada item é uma caixa de
# marcar, na primeira pessoa.

wind-down-title = Antes de começar
wind-down-intro = Uma noite tranquila ajuda suas costas a relaxar. Marque o que vale para hoje à noite; nada aqui é uma prova.
wind-down-usual-bedtime-label = Está perto do meu horário habitual de dormir
wind-down-usual-bedtime-detail = O mesmo horário todas as noites, inclusive nos fins de semana, ajuda seu corpo a saber quando dormir.
wind-down-ready-for-bed-label = Despertador ajustado, dentes escovados, pijama vestido
wind-down-ready-for-bed-detail = Os mesmos pequenos passos a cada noite dizem ao seu corpo que o dia acabou.
wind-down-screens-down-label = As telas estão com pouco brilho ou guardadas
wind-down-screens-down-detail = Menos luz forte de tela antes de deitar facilita pegar no sono.
wind-down-bed-for-sleep-label = Nada de TV, trabalho ou leitura na cama hoje
wind-down-bed-for-sleep-detail = Deixe a cama para dormir: faça essas coisas em outro lugar, para que deitar signifique descansar.
wind-down-no-late-caffeine-label = Sem café, chá ou refrigerante de cola hoje à noite
wind-down-no-late-caffeine-detail = Cafeína perto da hora de dormir tira o sono.
wind-down-light-evening-label = Nenhuma refeição pesada nem álcool nas últimas horas
wind-down-light-evening-detail = Comida pesada e álcool tarde da noite atrapalham o sono.
wind-down-no-hard-exercise-label = Nenhum exercício puxado nas últimas horas
wind-down-no-hard-exercise-detail = Deixe os treinos puxados para mais cedo; alongamentos suaves como estes não têm problema.
wind-down-cool-dark-room-label = Meu quarto está fresco, escuro e silencioso
wind-down-cool-dark-room-detail = Um quarto quente ou claro demais deixa o sono pior.
wind-down-warm-shower-label = Um banho morno hoje à noite
wind-down-warm-shower-detail = Água morna antes de dormir pode ajudar os músculos tensos a se soltarem.
