language-self = Deutsch

settings-heading = Einstellungen

settings-language-heading = Sprache
settings-language-label = Sprache
settings-language-system = Systemsprache ({ $language })
settings-language-in-progress = { $language } (Übersetzung in Arbeit)
settings-language-hint = Limber folgt der Sprache deines Systems, außer du wählst hier eine andere.
settings-language-saved = Gespeichert.
