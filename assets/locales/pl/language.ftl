language-self = Polski

settings-heading = Ustawienia

settings-language-heading = Język
settings-language-label = Język
settings-language-system = Język systemu ({ $language })
settings-language-in-progress = { $language } (tłumaczenie w toku)
settings-language-hint = Limber używa języka Twojego systemu, chyba że wybierzesz tutaj inny.
settings-language-saved = Zapisano.
