reminder-banner-dismiss = Chiudi
