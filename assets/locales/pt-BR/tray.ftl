tray-start-bedtime = Começar a rotina da noite
tray-start-morning = Começar a rotina da manhã
tray-pause-today = Pausar lembretes por hoje
tray-open = Abrir o Limber
tray-quit = Sair
tray-next-unknown = Próximo lembrete: ainda desconhecido
tray-streak-unknown = Sequência: ainda desconhecida
launch-not-answered = O Limber já está aberto, mas não respondeu. Tente de novo em instantes; se a janela ainda não abrir, escolha “Sair” no menu dele na bandeja do sistema e abra o Limber de novo.
