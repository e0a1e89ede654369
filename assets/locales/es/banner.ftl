reminder-banner-dismiss = Descartar
