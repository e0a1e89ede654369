language-self = Italiano

settings-heading = Impostazioni

settings-language-heading = Lingua
settings-language-label = Lingua
settings-language-system = Sistema ({ $language })
settings-language-in-progress = { $language } (traduzione in corso)
settings-language-hint = Limber segue la lingua del tuo sistema, a meno che tu non ne scelga una qui.
settings-language-saved = Salvato.
