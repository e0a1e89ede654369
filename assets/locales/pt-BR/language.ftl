language-self = Português (Brasil)

settings-heading = Configurações

settings-language-heading = Idioma
settings-language-label = Idioma
settings-language-system = Sistema ({ $language })
settings-language-in-progress = { $language } (tradução em andamento)
settings-language-hint = O Limber segue o idioma do seu sistema, a menos que você escolha outro aqui.
settings-language-saved = Salvo.
