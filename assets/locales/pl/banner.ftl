reminder-banner-dismiss = Zamknij
