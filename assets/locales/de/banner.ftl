reminder-banner-dismiss = Ausblenden
