# Generated from en/editor.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

editor-title-loading = [Ŕööûûţîîñé]
editor-title-new = [Ñééŵ ŕööûûţîîñé]
editor-title-edit = [ÉÉðîîţ ŕööûûţîñé]
editor-back = [Ɓááçķ~]
editor-loading = [Ļööááðîîñĝ…]
editor-about = [ÅÅƀööûûţ ţĥîîš ŕööûûţîñé]
editor-copy-of = [ÅÅ çööþý ööƒ { $name }; ţĥéé ööŕîîĝîîñááļ ñééṽééŕ çĥááñĝééš.]
editor-reset = [Ŕééšééţ ţöö { $name }]
editor-name = [Ñááɱéé]
editor-description = [Ŵĥááţ îîţ îîš ƒööŕ]
editor-when = [Ŵĥééñ~]
editor-when-bedtime = [ÅÅţ ƀééðţîîɱéé]
editor-when-morning = [ÎÎñ ţĥéé ɱööŕñîîñĝ~]
editor-when-anytime = [ÅÅñý ţîîɱéé]
editor-exercises = [ÉÉẋééŕçîîšééš]
editor-empty = [{ $count ->
        [0] Ñöö ééẋééŕçîîšééš ýééţ. ÅÅðð šööɱéé ƒŕööɱ ţĥéé ļîîšţ.
       *[other] Ñöö ééẋééŕçîîšééš ýééţ. ÅÅðð šööɱéé ƒŕööɱ ţĥéé ļîîšţ öƒ { $count }.
    }]
editor-order-hint = [Ðŕááĝ ááñ ééẋééŕçîîšéé ƀý îîţš ĥááñðļéé, ööŕ ûûšéé Ṁööṽéé ûûþ ááñð Ṁööṽéé ðööŵñ. ÉÉɱþţý ƒîîééļðš ûûšéé ţĥéé ééẋééŕçîîšé'š ðéƒáûļţ.]
editor-drag = [Ðŕááĝ ţöö ŕééööŕðééŕ]
editor-about-length = [ááƀööûţ { $duration }]
editor-move-up = [Ṁööṽéé ûûþ]
editor-move-up-label = [Ṁööṽéé ûûþ { $exercise }]
editor-move-down = [Ṁööṽéé ðööŵñ]
editor-move-down-label = [Ṁööṽéé ðööŵñ { $exercise }]
editor-remove = [Ŕééɱööṽéé]
editor-remove-label = [Ŕééɱööṽéé { $exercise }]
editor-hold = [Ĥööļð (š)~]
editor-reps = [Ŕééþš~]
editor-rounds = [Ŕööûûñðš~]
editor-pace = [Þááçéé (š þééŕ ɱööṽéé)]
editor-sides = [Šîîðééš]
editor-rest-after = [Ŕééšţ ááƒţééŕ (š)~]
editor-sides-none = [Ñöö šîîðééš]
editor-sides-each = [ÉÉááçĥ šîîðéé îîñ ţûŕñ]
editor-sides-alternate = [ÅÅļţééŕñááţîîñĝ šîîðééš]
editor-sides-default = [{ $sides ->
        [none] Ðééƒááûûļţ (ñöö šîîðéš)
        [each] Ðééƒááûûļţ (ééááçĥ šîîðéé îîñ ţûŕñ)
       *[alternate] Ðééƒááûûļţ (ááļţééŕñááţîîñĝ šîîðééš)
    }]
editor-default = [ðééƒááûûļţ { $value }]
editor-not-a-number = [Ţýþéé áá ŵĥööļéé ñûûɱƀééŕ, ööŕ ļééááṽéé îîţ ééɱþţý ƒööŕ ţĥéé ðééƒááûļţ.]
editor-add-heading = [ÅÅðð ééẋééŕçîîšééš]
editor-search = [Šééááŕçĥ ééẋééŕçîîšééš]
editor-area = [Ɓööðý ááŕééá]
editor-all-areas = [ÅÅļļ ááŕééáš]
editor-where = [Ŵĥééŕéé]
editor-anywhere = [ÅÅñýŵĥééŕéé]
editor-choice-meta = [{ $area } · { $position } · ááƀööûţ { $duration }]
editor-add = [ÅÅðð~]
editor-add-label = [ÅÅðð~ { $exercise }]
editor-shown-all = [{ $total ->
        [one] { $total } ééẋééŕçîîšé
       *[other] { $total } ééẋééŕçîîšééš
    }]
editor-shown-none = [Ñöö ééẋééŕçîîšéé ɱááţçĥééš; çļééááŕ ţĥéé šééááŕçĥ ööŕ áá ƒîļţéŕ.]
editor-shown-some = [{ $total ->
        [one] { $shown } ööƒ { $total } ééẋééŕçîîšé
       *[other] { $shown } ööƒ { $total } ééẋééŕçîîšééš
    }]
editor-file-heading = [Ţĥîîš ŕööûûţîîñé]
editor-file-hint = [Šĥááŕéé îîţ ööŕ ķééééþ áá çööþý ááš áá ƒîîļéé, ööŕ ðééļééţéé îîţ. Ðééļééţîîñĝ ķééééþš îîţš þáášţ šééššîîööñš îñ ýöûŕ ĥîšţöŕý.]
editor-save-to-export = [Šááṽéé ýööûûŕ çĥááñĝééš ţöö ééẋþööŕţ ţĥééɱ.]
editor-export = [ÉÉẋþööŕţ ţöö ƒîîļéé…]
editor-delete = [Ðééļééţéé ŕööûûţîñé]
editor-delete-question = [Ðééļééţéé “{ $name }”? ÎÎţš þáášţ šééššîîööñš šţááý îîñ ýööûûŕ ĥîîšţööŕý.~]
editor-delete-yes = [Ýééš, ðééļééţéé îţ]
editor-delete-keep = [Ķééééþ îîţ]
editor-leave-question = [Ļééááṽéé ŵîîţĥööûûţ šááṽîîñĝ? Ýööûûŕ çĥááñĝééš ŵîîļļ ƀéé ļöšţ.]
editor-leave-yes = [Ļééááṽéé ŵîîţĥööûûţ šááṽîñĝ]
editor-leave-keep = [Ķééééþ ééðîîţîñĝ]
editor-total = [{ $count ->
        [one] ÅÅƀööûţ { $duration } · { $count } ééẋééŕçîîšé
       *[other] ÅÅƀööûţ { $duration } · { $count } ééẋééŕçîîšééš
    }]
editor-problems = [{ $count ->
        [one] { $count } ţĥîîñĝ ţöö ƒîîẋ ƀééƒööŕéé šááṽîîñĝ.
       *[other] { $count } ţĥîîñĝš ţöö ƒîîẋ ƀééƒööŕéé šááṽîîñĝ.~
    }]
editor-not-saved = [Ñööţ šááṽééð ýééţ.]
editor-saved = [Šááṽééð.]
editor-save = [Šááṽéé ŕööûûţîñé]
editor-start = [Šţááŕţ~]
editor-added = [ÅÅððééð { $exercise }. { $total }.]
editor-removed = [Ŕééɱööṽééð { $exercise }.]
editor-moved = [{ $exercise } îîš ñööŵ { $position } ööƒ { $count }.]
editor-the-exercise = [Ţĥéé ééẋééŕçîîšé]
editor-reset-done = [Ţĥéé ééẋééŕçîîšééš öƒ { $name } ááŕéé ƀááçķ. Šááṽéé ţöö ķééééþ ţĥéɱ.]
editor-reset-done-unnamed = [Ţĥéé ééẋééŕçîîšééš ööƒ ţĥéé ööŕîîĝîîñááļ ááŕéé ƀááçķ. Šááṽéé ţöö ķééþ ţĥéɱ.]
editor-saved-as = [Šááṽééð “{ $name }”. ÎÎţ îîš ööñ ţĥéé Ţööðááý šçŕééééñ ŵîîţĥ ţĥéé ööţĥééŕ ŕööûûţîñéš.]
routine-exported = [Šááṽééð “{ $name }” ţöö { $path }.]
routine-import-refused = [Ñööţĥîîñĝ ŵááš îîɱþööŕţééð:~ { $file } ĥááš~ { $problems ->
        [one] { $problems } þŕööƀļééɱ~
       *[other] { $problems } þŕööƀļééɱš~
    }.]
routine-imported = [ÎÎɱþööŕţééð “{ $name }”.]
routine-imported-restored = [ÎÎɱþööŕţééð “{ $name }”; îîţš ééááŕļîîééŕ šééššîîööñš ááŕéé ƀááçķ îîñ îîţš ĥîšţöŕý.]
routine-imported-copy = [ÎÎɱþööŕţééð “{ $name }” ááš áá ñééŵ ŕööûûţîîñéé, ƀééçááûûšéé ööñéé ŵîîţĥ ţĥéé šááɱéé îîð îš áļŕéáðý ĥéŕé.]
editor-filter-routine = [Ļîîɱƀééŕ ŕööûûţîîñé]
routine-new-name = [Ṁý ŕööûûţîîñéé]
routine-new-description = [ÅÅ ŕööûûţîîñéé ÎÎ þûûţ ţöĝéţĥéŕ.]
routine-copy-of-own = [{ $name } (çööþý)~]
