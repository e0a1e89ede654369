language-self = 日本語

settings-heading = 設定

settings-language-heading = 言語
settings-language-label = 言語
settings-language-system = システム（{ $language }）
settings-language-in-progress = { $language }（翻訳中）
settings-language-hint = ここで言語を選ばない場合、Limberはシステムの言語に従います。
settings-language-saved = 保存しました。
