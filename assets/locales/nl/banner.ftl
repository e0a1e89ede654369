reminder-banner-dismiss = Sluiten
