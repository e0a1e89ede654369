welcome-step = Etapa { $step } de { $steps }
welcome-skip = Pular a configuração

## O título de cada etapa.

welcome-title-safety = Segurança em primeiro lugar
welcome-title-area = Onde dói?
welcome-title-health = Algo disto se aplica a você?
welcome-title-sleep = Como você costuma dormir?
welcome-title-times = Quando você costuma dormir?
welcome-title-plan = Seu plano

## A segurança.

welcome-safety-lead = Boas-vindas. Algumas perguntas curtas e o Limber propõe um plano para a noite e a manhã para suas costas. Leva mais ou menos um minuto. Primeiro, os sinais que pedem um profissional:

## Onde dói.

welcome-area-lower-back = Lombar
welcome-area-lower-back-hint = Rígida ou dolorida na altura da cintura e abaixo.
welcome-area-upper-back-neck = Parte de cima das costas e pescoço
welcome-area-upper-back-neck-hint = Entre as escápulas, nos ombros ou no pescoço.
welcome-area-both = As duas
welcome-area-both-hint = Um pouco de cada.

## Condições que excluem movimentos: o sentido de cada dica deve ficar exato.

welcome-health-lead = Alguns movimentos não servem para todo mundo. Marque o que vale para você e o Limber tira esses movimentos das suas rotinas.
welcome-condition-osteoporosis = Osteoporose, ou ossos que quebram com facilidade
welcome-condition-osteoporosis-hint = Os movimentos que dobram a coluna para a frente ou a torcem ficam de fora.
welcome-condition-surgery = Uma cirurgia nas costas ou no pescoço, ou uma fratura na coluna, da qual ainda estou me recuperando
welcome-condition-surgery-hint = Só ficam a respiração, o relaxamento e levantar-se com segurança, até que seu cirurgião ou fisioterapeuta diga que você pode fazer mais.
welcome-condition-pregnancy = Estou grávida
welcome-condition-pregnancy-hint = Os movimentos feitos deitada de costas, na horizontal, ficam de fora.
welcome-condition-bending = Minha dor nas costas piora quando me inclino para a frente
welcome-condition-bending-hint = O alongamento “Joelho ao peito” fica de fora.
welcome-condition-none = Nenhuma destas
welcome-health-hint = Não tem certeza? Pergunte ao seu médico ou fisioterapeuta. Você pode mudar suas respostas depois em Configurações.

## Como você dorme.

welcome-sleep-lead = A maioria das pessoas se mexe durante a noite. Escolha a posição em que você pega no sono.

## Os horários habituais.

welcome-bedtime = Horário habitual de dormir
welcome-wake-time = Horário habitual de acordar
welcome-days = Em quais dias?
welcome-morning-cue = Me lembrar da rotina da manhã
welcome-cue-after-waking = 15 minutos depois que eu acordar
welcome-cue-first-computer-use = Quando eu usar o computador pela primeira vez

## O que ainda falta.

welcome-missing-area = Escolha onde dói.
welcome-missing-health = Marque o que vale para você, ou “{ welcome-condition-none }”.
welcome-missing-sleep = Escolha como você costuma dormir.
welcome-missing-bedtime = Digite seu horário habitual de dormir, por exemplo 23:00.
welcome-missing-wake-time = Digite seu horário habitual de acordar, por exemplo 07:00.
welcome-missing-days = Escolha pelo menos um dia.

## O plano.

welcome-plan-lead = Com base nas suas respostas. Você pode mudar qualquer coisa depois em Configurações.
welcome-plan-routines = Rotinas
welcome-plan-no-reminder = Sem lembrete: faça quando a parte de cima das costas ou o pescoço estiverem rígidos, por exemplo numa pausa.
welcome-plan-sleep = Seu sono
welcome-plan-sleep-hint = A lista para preparar a cama aparece antes da rotina da noite. Mais em “Dormir bem”.
welcome-start-at-login = Abrir o Limber ao iniciar a sessão
welcome-start-at-login-hint = Os lembretes só chegam enquanto o Limber está aberto. Ele espera em silêncio na bandeja do sistema.
welcome-preparing = Preparando seu plano…

## Os botões.

welcome-accept = Aceitar este plano
welcome-change = Mudar minhas respostas
welcome-understand = Entendi
welcome-continue = Continuar
welcome-back = Voltar
