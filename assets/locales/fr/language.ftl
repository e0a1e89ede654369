language-self = Français

settings-heading = Paramètres

settings-language-heading = Langue
settings-language-label = Langue
settings-language-system = Système ({ $language })
settings-language-in-progress = { $language } (traduction en cours)
settings-language-hint = Limber suit la langue de votre système, sauf si vous en choisissez une ici.
settings-language-saved = Enregistré.
