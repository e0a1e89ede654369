# Generated from en/language.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

language-self = [ÉÉñĝļîîšĥ~]
settings-heading = [Šééţţîîñĝš~]
settings-language-heading = [Ļááñĝûûááĝé]
settings-language-label = [Ļááñĝûûááĝé]
settings-language-system = [Šýšţééɱ (~~{ $language })]
settings-language-in-progress = [{ $language } (ţŕááñšļááţîîööñ îîñ þŕööĝŕééšš)~]
settings-language-hint = [Ļîîɱƀééŕ ƒööļļööŵš ýööûûŕ šýšţééɱ'š ļááñĝûûááĝéé ûûñļééšš ýööûû çĥööööšéé ööñé ĥéŕé.]
settings-language-saved = [Šááṽééð.]
