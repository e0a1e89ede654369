language-self = Nederlands

settings-heading = Instellingen

settings-language-heading = Taal
settings-language-label = Taal
settings-language-system = Systeem ({ $language })
settings-language-in-progress = { $language } (vertaling nog bezig)
settings-language-hint = Limber volgt de taal van je systeem, tenzij je hier een andere kiest.
settings-language-saved = Opgeslagen.
