# Generated from en/home.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

home-tagline = [Ĝééñţļéé ŕööûûţîîñééš ƒööŕ áá šţîîƒƒ ƀááçķ, ááţ ƀééðţîîɱéé ááñð îîñ ţĥéé ɱööŕñîñĝ.]
home-routines-heading = [Ŕööûûţîîñéš]
home-loading = [Ļööááðîîñĝ…]
home-routine-meta = [{ $duration } · { $count ->
        [one] { $count } ééẋééŕçîîšé
       *[other] { $count } ééẋééŕçîîšééš
    }]
home-start = [Šţááŕţ~]
home-start-label = [Šţááŕţ~ { $name }]
home-details = [Ðééţááîîļš]
home-details-label = [Ðééţááîîļš ööƒ { $name }]
home-exercises-in = [ÉÉẋééŕçîîšééš îñ { $name }]
duration-seconds = [{ $seconds } š~]
duration-minutes = [{ $minutes } ɱîîñ~]
routines-new = [Ñééŵ ŕööûûţîîñé]
routines-import = [ÎÎɱþööŕţ ŕööûûţîîñé…]
routines-problems-label = [Þŕööƀļééɱš îîñ ţĥéé ŕööûûţîîñéé ƒîîļé]
card-edit = [ÉÉðîîţ]
card-edit-label = [ÉÉðîîţ { $name }]
card-duplicate = [Ðûûþļîîçááţéé]
card-duplicate-label = [Ðûûþļîîçááţéé { $name }]
history-not-done = [Ñööţ ðööñéé ýééţ]
history-started = [{ $count ->
        [one] Šţááŕţééð ööñçéé, ñööţ ƒîîñîîšĥééð ýééţ
       *[other] Šţááŕţééð~ { $count } ţîîɱééš, ñööţ ƒîîñîîšĥééð ýééţ
    }]
history-done = [{ $count ->
        [one] Ðööñéé ööñçé
       *[other] Ðööñéé { $count } ţîîɱééš
    }]
history-done-last = [{ $count ->
        [one] Ðööñéé ööñçéé · ļáášţ öñ { $day }
       *[other] Ðööñéé { $count } ţîîɱééš · ļáášţ ööñ { $day }
    }]
