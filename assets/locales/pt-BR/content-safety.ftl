# Textos de segurança em português do Brasil, traduzidos de en/content-safety.ftl (gerado de
# assets/content/safety.json e dos cuidados dos exercícios). Cada mensagem daqui tem uma retrotradução para o inglês
# em back/content-safety.ftl; quem mudar uma delas traduz de volta de novo e compara (README, "Languages").

## Cuidados dos exercícios

exercise-abdominal-bracing-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-abdominal-bracing-caution-2 = Contraia com suavidade, bem abaixo da sua força máxima.
exercise-abdominal-bracing-caution-3 = Se você está grávida, deixe este exercício de fora: ele é feito deitada de costas, na horizontal, posição em que é melhor ficar pouco tempo, principalmente depois da 16ª semana.
exercise-abdominal-bracing-caution-4 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-cat-cow-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-cat-cow-caution-2 = Se ficar de joelhos doer, coloque uma toalha dobrada sob os joelhos.
exercise-cat-cow-caution-3 = Se sua dor piora quando você se inclina para a frente, arredonde as costas só um pouco.
exercise-cat-cow-caution-4 = Deixe este exercício de fora se você tem osteoporose: arredondar as costas dobra a coluna para a frente.
exercise-cat-cow-caution-5 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-diaphragmatic-breathing-caution-1 = Pare se sua dor piorar.
exercise-diaphragmatic-breathing-caution-2 = Se você sentir a cabeça leve, respire normalmente por um momento.
exercise-diaphragmatic-breathing-caution-3 = Se você está grávida, deite-se de lado em vez de ficar deitada de costas, na horizontal.
exercise-head-tilt-caution-1 = Pare se a dor piorar, se você sentir tontura, ou se formigamento, dormência ou fraqueza descerem por um braço.
exercise-head-tilt-caution-2 = Incline só até onde for confortável; não puxe a cabeça com a mão.
exercise-head-tilt-caution-3 = Depois de uma cirurgia recente ou de uma fratura no pescoço ou nas costas, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-knee-to-chest-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-knee-to-chest-caution-2 = Puxe com suavidade; a sensação de alongamento deve ser leve, nunca aguda.
exercise-knee-to-chest-caution-3 = Deixe este exercício de fora se você tem osteoporose: abraçar um joelho dobra a coluna para a frente, o que pode aumentar o risco de uma fratura na coluna.
exercise-knee-to-chest-caution-4 = Deixe este exercício de fora se sua dor nas costas piora quando você se inclina para a frente.
exercise-knee-to-chest-caution-5 = Se você está grávida, deixe este exercício de fora: ele é feito deitada de costas, na horizontal.
exercise-knee-to-chest-caution-6 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-log-roll-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-log-roll-caution-2 = Se sentir tontura antes de ficar em pé, continue na posição sentada um pouco mais.
exercise-log-roll-caution-3 = Não se incline para a frente dobrando a cintura nem se mova com trancos ao se deitar na cama ou ao sair dela.
exercise-open-book-caution-1 = Pare se a dor piorar ou descer por uma perna, ou se um formigamento descer por um braço.
exercise-open-book-caution-2 = Abra só até onde seu ombro permitir; o braço não precisa tocar o chão.
exercise-open-book-caution-3 = Deixe este exercício de fora se você tem osteoporose: ele torce a coluna.
exercise-open-book-caution-4 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-plank-knees-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-plank-knees-caution-2 = Coloque uma toalha dobrada sob os joelhos se eles estiverem doloridos.
exercise-plank-knees-caution-3 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-plank-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-plank-caution-2 = Comece sustentando por pouco tempo e aumente aos poucos; faça a versão com os joelhos apoiados se isto for demais.
exercise-plank-caution-3 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-progressive-muscle-relaxation-caution-1 = Pare se sua dor piorar.
exercise-progressive-muscle-relaxation-caution-2 = Contraia com suavidade; pule qualquer região que doa.
exercise-progressive-muscle-relaxation-caution-3 = Se você está grávida, deite-se de lado em vez de ficar deitada de costas, na horizontal.
exercise-scapular-clocks-caution-1 = Pare se a dor piorar, ou se formigamento, dormência ou fraqueza descerem por um braço.
exercise-scapular-clocks-caution-2 = Faça um círculo pequeno se seu ombro estalar ou ficar dolorido.
exercise-scapular-clocks-caution-3 = Depois de uma cirurgia recente ou de uma fratura no pescoço ou nas costas, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-shoulder-rows-caution-1 = Pare se a dor piorar, ou se formigamento, dormência ou fraqueza descerem por um braço.
exercise-shoulder-rows-caution-2 = Mantenha o pescoço relaxado e os ombros longe das orelhas.
exercise-shoulder-rows-caution-3 = Depois de uma cirurgia recente ou de uma fratura no pescoço ou nas costas, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.
exercise-supine-knee-twist-caution-1 = Pare se a dor piorar ou descer por uma perna.
exercise-supine-knee-twist-caution-2 = Abaixe os joelhos só até onde for confortável; eles não precisam encostar embaixo.
exercise-supine-knee-twist-caution-3 = Deixe este exercício de fora se você tem osteoporose: ele torce a coluna.
exercise-supine-knee-twist-caution-4 = Se você está grávida, deixe este exercício de fora: ele é feito deitada de costas, na horizontal.
exercise-supine-knee-twist-caution-5 = Depois de uma cirurgia recente nas costas ou de uma fratura na coluna, deixe este exercício de fora até que seu cirurgião ou fisioterapeuta diga que não há problema.

## O guia de segurança

safety-title = Segurança em primeiro lugar
safety-intro = O Limber guia movimentos suaves. Ele não tem como saber o que causa sua dor. A maioria das dores nas costas não é grave, mas alguns sinais pedem um profissional, e uns poucos não podem esperar.
safety-level-get-help-now-heading = Procure ajuda agora
# Os números de emergência: o do Brasil primeiro (192 SAMU, 193 Bombeiros), depois os da fonte em inglês.
safety-level-get-help-now-action = Se você tem dor nas costas e qualquer um destes sinais, ligue para o número de emergência (no Brasil, 192 para o SAMU ou 193 para os Bombeiros; 999 no Reino Unido, 112 na Europa, 911 nos EUA e no Canadá) ou consiga atendimento hoje mesmo em um pronto-atendimento ou com seu médico. Não espere para ver se passa e não continue a rotina.
safety-sign-bladder-bowel = Dificuldade nova para urinar, ou você não consegue controlar a bexiga ou o intestino.
safety-sign-numb-saddle = Dormência, formigamento ou sensação de alfinetadas em volta dos genitais, nas nádegas ou na parte interna das coxas.
safety-sign-both-legs = Fraqueza, dormência ou formigamento nas duas pernas, ou pernas que ficam cada vez mais fracas.
safety-sign-after-fall = A dor começou depois de uma queda, de uma pancada nas costas ou de um acidente.
safety-sign-chest-pain = Dor no peito junto com a dor nas costas.
safety-sign-fever-unwell = Febre alta, ou você sente calor, arrepios de frio ou se sente muito mal.
safety-sign-belly-throbbing = Uma dor latejante ou pulsante na barriga.
safety-level-see-someone-soon-heading = Procure um médico ou fisioterapeuta em breve
safety-level-see-someone-soon-action = Marque uma consulta para os próximos dias se qualquer um destes sinais valer para você. Até lá, continue se movendo com suavidade e pare qualquer coisa que piore a dor.
safety-sign-lasts-weeks = A dor já dura mais de algumas semanas, mesmo você tendo cuidado dela em casa.
safety-sign-severe-or-worsening = A dor é intensa, ou fica cada vez pior.
safety-sign-night-pain = A dor é pior à noite ou quando você se deita, ou ela acorda você.
safety-sign-legs-numb-tingling-weak = Dormência, formigamento ou fraqueza em uma perna, ou dor que se espalha para baixo do joelho.
safety-sign-weight-loss = Você está perdendo peso e não sabe explicar por quê.
safety-sign-swelling = Inchaço ou vermelhidão nas costas.
safety-sign-wraps-around = A dor contorna a lateral do corpo, como uma faixa em volta dele.
safety-sign-nausea = A dor vem junto com enjoo ou vômito.
safety-sign-daily-life = A dor torna difícil passar por um dia comum.
safety-stop-if-worse = Pare qualquer exercício que piore sua dor. Mova-se devagar, nunca faça movimentos de mola e continue respirando normalmente.
safety-not-medical-advice = O Limber não é aconselhamento médico e não substitui um profissional de saúde. Ele oferece rotinas gerais e suaves e dicas de sono.
safety-stiff-mornings-ease = A rigidez logo ao acordar é comum e muitas vezes melhora quando você começa a se mexer.
safety-keep-a-journal = Anotar sua dor e seu sono todos os dias ajuda você, e quem estiver tratando você, a ver o que faz diferença.
