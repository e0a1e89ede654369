# O menu e a página da central de programas; scripts/desktop-l10n.mjs escreve os dois a partir destes textos.

desktop-generic-name = Rotinas para as costas
desktop-comment = Rotinas suaves para as costas, à noite e de manhã
desktop-keywords = costas;dor;dor nas costas;rigidez;alongamento;mobilidade;noite;relaxamento;manhã;sono;rotina;exercício;
desktop-action-bedtime = Começar o relaxamento noturno
desktop-action-morning = Começar a rotina de mobilidade da manhã

appstream-summary = Rotinas suaves à noite e de manhã para costas rígidas
appstream-intro =
    O Limber guia você por um relaxamento tranquilo antes de dormir e por uma rotina curta de mobilidade ao
    acordar, para costas rígidas ou doloridas. Cada exercício tem um cronômetro, uma ilustração simples e sinais
    sonoros suaves, para você acompanhar mesmo com a tela escurecida.
appstream-feature-bedtime = Um relaxamento noturno com respiração lenta e alongamentos suaves, no chão ou na cama
appstream-feature-morning = Alguns minutos de mobilidade pela manhã que começam na cama, e um jeito seguro de se levantar
appstream-feature-reminders = Lembretes que chegam na hora certa mesmo com mudanças de fuso horário e de horário de verão
appstream-feature-journal = Um diário de dor e sono, sequências e metas semanais para ver o que ajuda
appstream-feature-advice = Dicas sobre posições para dormir, travesseiros e colchões
appstream-privacy =
    O Limber é privado: funciona sem internet e mantém seus dados no seu computador. Não é aconselhamento
    médico; ele diz quando você deve procurar um profissional.
appstream-keywords = dor nas costas;alongamento;mobilidade;hora de dormir;sono;rotina
