# In progress: only the language's own name so far (see assets/locales/languages.json).
language-self = 日本語
