reminder-banner-dismiss = Dispensar
