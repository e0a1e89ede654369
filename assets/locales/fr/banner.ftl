reminder-banner-dismiss = Ignorer
