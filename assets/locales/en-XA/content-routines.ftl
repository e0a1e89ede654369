# Generated from en/content-routines.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

routine-bedtime-wind-down-name = [Ɓééðţîîɱéé ŵîîñð-ðööŵñ~]
routine-bedtime-wind-down-description = [ÅÅƀööûûţ ţééñ ɱîîñûûţééš ööƒ šļööŵ ƀŕééááţĥîîñĝ, ĝééñţļéé šţŕééţçĥééš ááñð ŕééļááẋááţîîööñ ţöö šééţţļéé ýööûûŕ ƀááçķ ƀééƒööŕéé šļééééþ. Ðîîɱ ţĥéé šçŕééééñ ááñð ðöö îîţ ööñ ţĥéé ƒļöööŕ öŕ îñ ƀéð.]
routine-bedtime-wind-down-copy-name = [Ṁý ƀééðţîîɱéé ŵîîñð-ðööŵñ~]
routine-morning-mobility-name = [Ṁööŕñîîñĝ ɱööƀîîļîîţý~]
routine-morning-mobility-description = [ÅÅ ƒééŵ ĝééñţļéé ɱööṽééš îîñ ƀééð ţöö ééáášéé ɱööŕñîîñĝ šţîîƒƒñééšš, áá šááƒéé ŵááý ţöö ĝééţ ûûþ, ţĥééñ çááţ-çööŵ ááñð ööþééñ ƀööööķ ööñ ţĥéé ƒļööööŕ ööŕ áá ƒîîŕɱ ƀééð. Ţááķéé ýööûûŕ ţîîɱéé: ĵööîîñţš ááŕéé ööƒţééñ šţîƒƒ áƒţéŕ á šţîļļ ñîĝĥţ.]
routine-morning-mobility-copy-name = [Ṁý ɱööŕñîîñĝ ɱööƀîîļîîţý~]
routine-two-minute-reset-name = [2-ɱîîñûûţéé ŕééšéţ]
routine-two-minute-reset-description = [ÅÅ ǫûûîîçķ ƀŕééááķ ƒööŕ ýööûûŕ ƀááçķ: áá ƒééŵ šļööŵ ƀŕééááţĥš ááñð ééáášý ɱööṽééš ŵĥééñ ýööûû ĥááṽéé ƀééééñ šţîîļļ ţöö ļöñĝ.]
routine-two-minute-reset-copy-name = [Ṁý 2-ɱîîñûûţéé ŕééšééţ]
routine-upper-back-neck-name = [ÛÛþþééŕ ƀááçķ ááñð ñééçķ ŕééļééáášéé]
routine-upper-back-neck-description = [Ļööööšééñ áá šţîîƒƒ ûûþþééŕ ƀááçķ ááñð ñééçķ ŵîîţĥ šļööŵ ɱööṽééɱééñţš ýööûû çááñ ðöö ááţ ĥööɱéé ööŕ ðûûŕîîñĝ áá ƀŕéáķ.]
routine-upper-back-neck-copy-name = [Ṁý ûûþþééŕ ƀááçķ ááñð ñééçķ ŕééļééáášéé]
