language-self = Español

settings-heading = Ajustes

settings-language-heading = Idioma
settings-language-label = Idioma
settings-language-system = Sistema ({ $language })
settings-language-in-progress = { $language } (traducción en curso)
settings-language-hint = Limber usa el idioma de tu sistema, salvo que elijas otro aquí.
settings-language-saved = Guardado.
