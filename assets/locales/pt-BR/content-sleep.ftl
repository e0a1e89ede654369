# O guia “Dormir bem”, traduzido de en/content-sleep.ftl. As caixas de marcar de hoje à noite ficam na primeira
# pessoa (“meus joelhos”).

sleep-title = Dormir bem
sleep-intro = O jeito como você se deita à noite pode deixar suas costas rígidas de manhã. Alguns travesseiros nos lugares certos muitas vezes ajudam.
sleep-neutral-spine-title = O objetivo: a coluna em posição neutra
sleep-neutral-spine-text = Seu pescoço e suas costas devem descansar sem uma curva ou torção grande, para que a pressão se distribua por igual. Isso importa mais do que achar uma posição perfeita. Dormir de lado costuma ser o jeito mais fácil de chegar lá.

## De lado

sleep-position-side-name = De lado
sleep-position-side-figure-label = Uma pessoa deitada de lado, com um travesseiro entre os joelhos, os joelhos um pouco dobrados, abraçando um travesseiro
sleep-position-side-summary = Muitas vezes a posição mais fácil para manter a coluna neutra.
sleep-setup-side-knee-pillow-what = Um travesseiro entre os joelhos
sleep-setup-side-knee-pillow-why = Ele mantém o quadril nivelado, para a lombar não torcer.
sleep-setup-side-knees-bent-what = Joelhos um pouco puxados em direção ao peito
sleep-setup-side-knees-bent-why = Dobrar um pouco os joelhos tira a tensão da lombar.
sleep-setup-side-hug-pillow-what = Um travesseiro para abraçar à sua frente
sleep-setup-side-hug-pillow-why = Ele impede que o ombro de cima e o peito rolem para a frente e torçam a parte de cima das costas.
sleep-setup-side-back-pillow-what = Opcional: um travesseiro comprido atrás das costas
sleep-setup-side-back-pillow-why = Se você costuma virar de barriga para cima durante a noite, ele lembra você, com suavidade, de ficar de lado.
sleep-setup-side-head-pillow-what = Um travesseiro mais alto para a cabeça
sleep-setup-side-head-pillow-why = Ele deve preencher o espaço entre a orelha e o ombro, para a cabeça ficar alinhada com a coluna.
sleep-note-side-hip-shoulder = Problemas no quadril ou no ombro podem deixar a posição de lado desconfortável. Se doer, tente dormir de barriga para cima.
sleep-tonight-side-knee-pillow = Travesseiro entre os joelhos
sleep-tonight-side-hug-pillow = Travesseiro para abraçar
sleep-tonight-side-head-pillow = O travesseiro preenche o espaço até o meu ombro

## De barriga para cima

sleep-position-back-name = De barriga para cima
sleep-position-back-figure-label = Uma pessoa deitada de barriga para cima, com um travesseiro embaixo dos joelhos e uma toalha enrolada embaixo da lombar
sleep-position-back-summary = Uma boa posição quando os joelhos e a lombar estão bem apoiados.
sleep-setup-back-knee-pillow-what = Um travesseiro (ou dois) embaixo dos joelhos
sleep-setup-back-knee-pillow-why = Joelhos dobrados tiram a pressão da lombar.
sleep-setup-back-towel-roll-what = Um travesseiro pequeno ou uma toalha enrolada embaixo da curva da lombar
sleep-setup-back-towel-roll-why = Se fica um vão embaixo da lombar, preenchê-lo apoia a curva natural dela.
sleep-setup-back-head-pillow-what = Um travesseiro de altura média para a cabeça
sleep-setup-back-head-pillow-why = Ele deve apoiar a curva do pescoço. Travesseiros demais empurram o queixo em direção ao peito.
sleep-note-back-try-side = Se dormir de barriga para cima ainda dói, tente de lado, com um travesseiro entre os joelhos.
sleep-tonight-back-knee-pillow = Travesseiro embaixo dos joelhos
sleep-tonight-back-towel-roll = Toalha enrolada embaixo da lombar, se houver um vão
sleep-tonight-back-head-pillow = Um travesseiro médio para a cabeça

## De bruços

sleep-position-stomach-name = De bruços
sleep-position-stomach-figure-label = Uma pessoa deitada de bruços, com um travesseiro fino embaixo do quadril e um travesseiro fino para a cabeça
sleep-position-stomach-summary = A posição mais dura para as costas. Se é o único jeito de você pegar no sono, deixe-a mais suave.
sleep-setup-stomach-pelvis-pillow-what = Um travesseiro fino sob o quadril e o baixo ventre
sleep-setup-stomach-pelvis-pillow-why = Ele diminui a curva da lombar.
sleep-setup-stomach-head-pillow-what = Um travesseiro fino para a cabeça, ou nenhum
sleep-setup-stomach-head-pillow-why = Um travesseiro alto dobra o pescoço para trás. Se você usa dois travesseiros, tire um.
sleep-note-stomach-change-habit = Para mudar o hábito: comece a noite de lado, abraçando um travesseiro de corpo comprido, ou vista uma camiseta de dormir com um bolso na frente e coloque nele uma bola de tênis, para que virar de bruços fique desconfortável.
sleep-tonight-stomach-pelvis-pillow = Travesseiro fino embaixo do quadril
sleep-tonight-stomach-head-pillow = Travesseiro fino para a cabeça, ou nenhum
sleep-tonight-stomach-body-pillow = Travesseiro de corpo para começar de lado

## Depende

sleep-varies-name = Depende
sleep-varies-text = Mudar de posição durante a noite é normal e pode ajudar. Prepare a cama para a posição em que você começa e deixe um travesseiro extra ao alcance, para colocar entre os joelhos ou embaixo deles quando você virar.
sleep-tonight-varies-knee-pillow = Travesseiro extra ao alcance para os joelhos
sleep-tonight-varies-head-pillow = O travesseiro mantém minha cabeça alinhada com a coluna

## Dicas

sleep-tip-try-pillow-heights = Experimente com o travesseiro da cabeça: um pouco mais alto ou mais baixo pode fazer muita diferença para o pescoço.
sleep-tip-change-positions = Mudar de posição durante a noite não tem problema e pode aliviar a pressão sobre músculos cansados.

## O colchão

sleep-mattress-title = Seu colchão
sleep-mattress-signs-worn-title = Sinais de desgaste
sleep-mattress-signs-worn-text = Ele afunda onde você se deita ou ficou cheio de calombos. Um colchão gasto deixa a coluna sair do alinhamento.
sleep-mattress-check-6-8-years-title = Verifique a cada 6 a 8 anos
sleep-mattress-check-6-8-years-text = Olhe o estado dele pelo menos com essa frequência; talvez ele não sustente mais você como antes.
sleep-mattress-firmness-title = Nem mole demais, nem duro demais
sleep-mattress-firmness-text = Tanto um colchão mole demais quanto um duro demais podem causar dor. Muitas pessoas com dor nas costas preferem um colchão de firmeza média, mas o melhor é o que deixa você confortável com a coluna neutra.
sleep-mattress-test-title = Como testar um colchão
sleep-mattress-test-text = Tire os sapatos e deite-se na sua posição habitual de dormir por alguns minutos. A coluna deve ficar tão reta quanto quando você está bem em pé. Camas na casa de amigos ou em hotéis também são testes gratuitos.
sleep-mattress-rotate-topper-title = Se ele afundar
sleep-mattress-rotate-topper-text = Gire o colchão regularmente ou coloque um pillow top por cima. Para saber se uma cama mais firme ajudaria, experimente dormir algumas noites com o colchão no chão.
sleep-mattress-new-system-title = Uma cama nova pode ajudar
sleep-mattress-new-system-text = Em um estudo, quase 63% das pessoas tiveram menos dor lombar depois de trocar por um colchão e uma base novos.
sleep-mattress-not-only-cause-title = Raramente é a única causa
sleep-mattress-not-only-cause-text = Antes de comprar um novo, olhe também para os seus dias: muitas horas na posição sentada, estresse e pouco movimento costumam pesar mais do que o colchão.
