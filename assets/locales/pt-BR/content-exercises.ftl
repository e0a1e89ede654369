# Os exercícios em português do Brasil, traduzidos de en/content-exercises.ftl. As frases “-spoken” são ditas em
# voz alta: curtas, sem números nem símbolos. As palavras “-pace-” dão nome a cada fase, no imperativo.

## Contração abdominal

exercise-abdominal-bracing-name = Contração abdominal
exercise-abdominal-bracing-summary = De barriga para cima, contraia de leve os músculos da barriga e mantenha enquanto continua respirando; depois relaxe.
exercise-abdominal-bracing-spoken = Deite-se de barriga para cima, com os joelhos dobrados, e contraia a barriga de leve. Continue respirando enquanto segura, depois solte.
exercise-abdominal-bracing-step-1 = Deite-se de barriga para cima, com os joelhos dobrados e os pés apoiados.
exercise-abdominal-bracing-step-2 = Contraia de leve os músculos em volta da barriga, como se fosse receber uma cutucada leve.
exercise-abdominal-bracing-step-3 = Mantenha as costas e o quadril parados: nada precisa pressionar para baixo nem levantar.
exercise-abdominal-bracing-step-4 = Segure enquanto continua respirando, depois solte por completo.
exercise-abdominal-bracing-breathing = Continue respirando normalmente enquanto segura; não prenda a respiração.
exercise-abdominal-bracing-pace-brace = contraia
exercise-abdominal-bracing-pace-relax = relaxe

## Gato-vaca

exercise-cat-cow-name = Gato-vaca
exercise-cat-cow-summary = Arqueie e arredonde as costas devagar, no ritmo da respiração.
exercise-cat-cow-spoken = Com as mãos e os joelhos no chão, deixe a barriga descer ao inspirar e arredonde as costas ao expirar. Vá só até onde for confortável.
exercise-cat-cow-step-1 = Comece apoiando as mãos e os joelhos no chão, mãos abaixo dos ombros e joelhos abaixo do quadril.
exercise-cat-cow-step-2 = Inspire e deixe a barriga descer enquanto levanta o peito e o cóccix.
exercise-cat-cow-step-3 = Expire e arredonde as costas para cima, em direção ao teto, levando o queixo ao peito.
exercise-cat-cow-step-4 = Faça o movimento devagar e contínuo, nunca em movimentos de mola.
exercise-cat-cow-step-5 = Vá só até onde for confortável.
exercise-cat-cow-breathing = Inspire ao arquear, expire ao arredondar.
exercise-cat-cow-pace-cow = vaca
exercise-cat-cow-pace-cat = gato

## Respiração abdominal lenta

exercise-diaphragmatic-breathing-name = Respiração abdominal lenta
exercise-diaphragmatic-breathing-summary = Respire devagar levando o ar para a barriga: inspire contando até 5, expire contando até 5.
exercise-diaphragmatic-breathing-spoken = Apoie uma mão na barriga e inspire pelo nariz, para que a barriga suba. Expire devagar e deixe a barriga descer.
exercise-diaphragmatic-breathing-step-1 = Deite-se de barriga para cima com os joelhos dobrados, ou de lado, se for mais fácil.
exercise-diaphragmatic-breathing-step-2 = Apoie uma mão no peito e a outra na barriga.
exercise-diaphragmatic-breathing-step-3 = Inspire pelo nariz de modo que a barriga suba e o peito fique parado.
exercise-diaphragmatic-breathing-step-4 = Expire devagar e deixe a barriga descer.
exercise-diaphragmatic-breathing-breathing = Inspire pelo nariz por uns cinco segundos e expire por uns cinco, sem pausa e sem prender a respiração.
exercise-diaphragmatic-breathing-pace-breathe-in = inspire
exercise-diaphragmatic-breathing-pace-breathe-out = expire

## Inclinação da cabeça

exercise-head-tilt-name = Inclinação da cabeça
exercise-head-tilt-summary = Com a coluna ereta, incline uma orelha em direção ao ombro e segure.
exercise-head-tilt-spoken = Sente-se com a coluna ereta e incline devagar uma orelha em direção ao ombro, só até sentir um alongamento suave. Depois volte a cabeça para o meio.
exercise-head-tilt-step-1 = Sente-se com a coluna ereta e os ombros relaxados e baixos.
exercise-head-tilt-step-2 = Incline a cabeça devagar, levando uma orelha em direção ao ombro do mesmo lado.
exercise-head-tilt-step-3 = Pare quando sentir um alongamento suave na lateral do pescoço.
exercise-head-tilt-step-4 = Segure, depois volte a cabeça para o meio.
exercise-head-tilt-breathing = Respire devagar e deixe os ombros caírem a cada expiração.
exercise-head-tilt-pace-tilt = incline
exercise-head-tilt-pace-hold = segure
exercise-head-tilt-pace-return = volte

## Joelho ao peito

exercise-knee-to-chest-name = Joelho ao peito
exercise-knee-to-chest-summary = De barriga para cima, abrace um joelho junto ao peito e segure.
exercise-knee-to-chest-spoken = De barriga para cima, segure um joelho com as duas mãos e puxe devagar em direção ao peito. O alongamento deve ser leve, nunca agudo.
exercise-knee-to-chest-step-1 = Deite-se de barriga para cima, com os dois joelhos dobrados e os pés apoiados.
exercise-knee-to-chest-step-2 = Suba um joelho e segure com as duas mãos atrás da coxa ou na canela.
exercise-knee-to-chest-step-3 = Puxe devagar em direção ao peito até sentir um alongamento leve na lombar.
exercise-knee-to-chest-step-4 = Deixe o outro pé relaxado na cama ou no chão.
exercise-knee-to-chest-step-5 = Abaixe a perna devagar antes de trocar.
exercise-knee-to-chest-breathing = Respire devagar e deixe as costas se soltarem a cada expiração.
exercise-knee-to-chest-pace-draw-in = puxe
exercise-knee-to-chest-pace-hold = segure

## Levantar com segurança

exercise-log-roll-name = Levantar com segurança
exercise-log-roll-summary = Vire de lado, empurre o corpo para cima com os braços, passe as pernas para fora e levante devagar. À noite, faça o contrário.
exercise-log-roll-spoken = Vire de lado com o corpo todo de uma vez, empurre com os braços e deixe as pernas descerem da cama. Fique um momento na beira da cama e depois levante devagar.
exercise-log-roll-step-1 = Dobre os joelhos e vire de lado com o corpo todo de uma vez, sem torcer.
exercise-log-roll-step-2 = Empurre o corpo com os braços até se sentar.
exercise-log-roll-step-3 = Deixe as pernas passarem pela beirada da cama enquanto você sobe.
exercise-log-roll-step-4 = Fique um momento na posição sentada, depois levante devagar.
exercise-log-roll-step-5 = Para deitar à noite, faça o contrário: sente-se, desça o corpo de lado e depois vire de barriga para cima.
exercise-log-roll-breathing = Expire enquanto empurra o corpo para cima.
exercise-log-roll-pace-roll = vire de lado
exercise-log-roll-pace-push-up = empurre
exercise-log-roll-pace-swing-legs = pernas para fora
exercise-log-roll-pace-stand = levante

## Livro aberto

exercise-open-book-name = Livro aberto
exercise-open-book-summary = De lado, abra o braço de cima como um livro, depois feche.
exercise-open-book-spoken = Deite-se de lado, com os joelhos juntos e os braços estendidos à frente. Levante o braço de cima e leve-o para o outro lado ao inspirar, e feche ao expirar.
exercise-open-book-step-1 = Deite-se de lado com os joelhos dobrados e os braços estendidos à frente, palmas juntas.
exercise-open-book-step-2 = Mantenha os joelhos juntos e apoiados no chão.
exercise-open-book-step-3 = Levante o braço de cima e abra-o para o outro lado, virando o peito em direção ao teto.
exercise-open-book-step-4 = Acompanhe a mão com os olhos e fique assim por uma respiração lenta.
exercise-open-book-step-5 = Traga o braço de volta devagar para fechar o livro.
exercise-open-book-breathing = Inspire ao abrir. Fique assim por uma respiração tranquila, expirando e inspirando, depois expire ao fechar. Nunca prenda a respiração.
exercise-open-book-pace-open = abra
exercise-open-book-pace-hold = segure
exercise-open-book-pace-close = feche

## Prancha de joelhos

exercise-plank-knees-name = Prancha de joelhos
exercise-plank-knees-summary = A prancha mais fácil: sobre os antebraços, mantenha uma linha reta da cabeça aos joelhos.
exercise-plank-knees-spoken = Com os antebraços e os joelhos no chão, levante o quadril até formar uma linha reta da cabeça aos joelhos. Continue respirando com calma.
exercise-plank-knees-step-1 = Deite-se de bruços e apoie-se nos antebraços, com os cotovelos abaixo dos ombros.
exercise-plank-knees-step-2 = Mantenha os joelhos no chão e levante o quadril.
exercise-plank-knees-step-3 = Forme uma linha reta da cabeça aos joelhos.
exercise-plank-knees-step-4 = Desça com cuidado quando o tempo acabar.
exercise-plank-knees-breathing = Continue respirando com calma o tempo todo.

## Prancha

exercise-plank-name = Prancha
exercise-plank-summary = Mantenha o corpo em linha reta sobre os antebraços e as pontas dos pés.
exercise-plank-spoken = Com os antebraços e as pontas dos pés no chão, mantenha o corpo em linha reta, sem deixar o quadril cair nem subir. Continue respirando com calma.
exercise-plank-step-1 = Deite-se de bruços e apoie-se nos antebraços, com os cotovelos abaixo dos ombros.
exercise-plank-step-2 = Levante o quadril até o corpo formar uma linha reta da cabeça aos calcanhares.
exercise-plank-step-3 = Mantenha a barriga levemente contraída e não deixe o quadril cair nem subir.
exercise-plank-step-4 = Desça com cuidado quando o tempo acabar.
exercise-plank-breathing = Continue respirando com calma o tempo todo.

## Relaxamento muscular progressivo

exercise-progressive-muscle-relaxation-name = Relaxamento muscular progressivo
exercise-progressive-muscle-relaxation-summary = Contraia de leve uma parte do corpo e depois solte, indo dos pés ao rosto.
exercise-progressive-muscle-relaxation-spoken = Contraia de leve uma parte do corpo ao inspirar e solte ao expirar. Comece pelos pés e vá subindo até o rosto.
exercise-progressive-muscle-relaxation-step-1 = Deite-se numa posição confortável e feche os olhos, se quiser.
exercise-progressive-muscle-relaxation-step-2 = Comece pelos pés: contraia de leve por uns cinco segundos.
exercise-progressive-muscle-relaxation-step-3 = Solte tudo de uma vez e perceba os músculos se soltarem.
exercise-progressive-muscle-relaxation-step-4 = Suba para as pernas, o quadril, a barriga, as mãos e os ombros, e o rosto, uma parte de cada vez.
exercise-progressive-muscle-relaxation-breathing = Inspire ao contrair, expire devagar ao soltar.
exercise-progressive-muscle-relaxation-pace-tense = contraia
exercise-progressive-muscle-relaxation-pace-release = solte

## Relógio da escápula

exercise-scapular-clocks-name = Relógio da escápula
exercise-scapular-clocks-summary = Mova uma escápula devagar em volta de um relógio: para cima, para trás, para baixo e para a frente.
exercise-scapular-clocks-spoken = Sentado ou em pé, com a coluna ereta, mova uma escápula devagar fazendo um círculo: para cima, para trás, para baixo e para a frente. Faça um círculo pequeno e tranquilo.
exercise-scapular-clocks-step-1 = Fique em pé ou sentado com a coluna ereta e os braços soltos.
exercise-scapular-clocks-step-2 = Suba um ombro em direção à orelha.
exercise-scapular-clocks-step-3 = Leve o ombro para trás, depois para baixo, depois para a frente, como se desenhasse um círculo.
exercise-scapular-clocks-step-4 = Mantenha o resto do corpo parado e o movimento lento.
exercise-scapular-clocks-breathing = Respire de forma regular; não prenda a respiração.
exercise-scapular-clocks-pace-up = para cima
exercise-scapular-clocks-pace-back = para trás
exercise-scapular-clocks-pace-down = para baixo
exercise-scapular-clocks-pace-forward = para a frente

## Remada de ombros

exercise-shoulder-rows-name = Remada de ombros
exercise-shoulder-rows-summary = Leve os cotovelos para trás e aproxime as escápulas, depois solte.
exercise-shoulder-rows-spoken = Sentado ou em pé, com a coluna ereta, leve os cotovelos para trás e aproxime as escápulas ao expirar. Solte devagar ao inspirar.
exercise-shoulder-rows-step-1 = Sente-se ou fique em pé com a coluna ereta e os braços dobrados ao lado do corpo.
exercise-shoulder-rows-step-2 = Puxe os cotovelos para trás, como se estivesse remando.
exercise-shoulder-rows-step-3 = Aperte as escápulas uma contra a outra e para baixo.
exercise-shoulder-rows-step-4 = Solte devagar até a posição inicial.
exercise-shoulder-rows-breathing = Expire ao puxar para trás, inspire ao soltar.
exercise-shoulder-rows-pace-pull = puxe
exercise-shoulder-rows-pace-hold = segure
exercise-shoulder-rows-pace-release = solte

## Joelhos para o lado

exercise-supine-knee-twist-name = Joelhos para o lado
exercise-supine-knee-twist-summary = De barriga para cima e com os joelhos dobrados, deixe os dois joelhos descerem para um lado, depois para o outro.
exercise-supine-knee-twist-spoken = De barriga para cima e com os joelhos dobrados, deixe os dois joelhos descerem devagar para um lado ao expirar. Inspire ao trazê-los de volta para o meio.
exercise-supine-knee-twist-step-1 = Deite-se de barriga para cima com os joelhos dobrados e os pés apoiados, os braços abertos para os lados.
exercise-supine-knee-twist-step-2 = Mantenha os joelhos juntos e deixe-os descer devagar para um lado.
exercise-supine-knee-twist-step-3 = Mantenha os dois ombros apoiados e fique assim por uma respiração.
exercise-supine-knee-twist-step-4 = Traga os joelhos de volta para o meio, depois desça-os para o outro lado.
exercise-supine-knee-twist-breathing = Expire enquanto os joelhos descem, respire uma vez com calma ali e inspire ao voltar.
exercise-supine-knee-twist-pace-lower = abaixe
exercise-supine-knee-twist-pace-hold = segure
exercise-supine-knee-twist-pace-return = volte
