language-self = 简体中文

settings-heading = 设置

settings-language-heading = 语言
settings-language-label = 语言
settings-language-system = 跟随系统（{ $language }）
settings-language-in-progress = { $language }（翻译中）
settings-language-hint = Limber 默认跟随系统语言，你也可以在这里选择其他语言。
settings-language-saved = 已保存。
