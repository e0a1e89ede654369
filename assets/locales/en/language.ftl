# The language menu in Settings. The file of each language names that language in itself.

# This language's own name, shown in the menu of every language.
language-self = English

# The Settings screen's heading.
settings-heading = Settings

settings-language-heading = Language
settings-language-label = Language
# The first choice: follow the system. $language is the system language's own name.
settings-language-system = System ({ $language })
# A language whose translation is not finished yet: shown, but it cannot be chosen.
settings-language-in-progress = { $language } (translation in progress)
settings-language-hint = Limber follows your system's language unless you choose one here.
settings-language-saved = Saved.
