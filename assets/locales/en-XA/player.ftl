# Generated from en/player.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

player-back-home = [← Ɓááçķ~]
player-exercises-label = [ÉÉẋééŕçîîšééš îîñ ţĥîîš ŕööûûţîñé]
player-safety = [Ṁööṽéé šļööŵļý ááñð ĝééñţļý. Šţööþ ááñý ééẋééŕçîîšéé ţĥááţ ɱááķééš ýööûûŕ þááîîñ ŵööŕšéé ööŕ šééñðš îîţ ðööŵñ áá ļééĝ.]
player-help = [Ŵĥééñ ţöö ĝééţ ĥééļþ~]
player-not-for-you = [ÉÉṽééŕý ɱööṽéé îîñ ţĥîîš ŕööûûţîîñéé îîš ļééƒţ ööûûţ ƒööŕ ýööûû ƀééçááûûšéé ööƒ ýööûûŕ ááñšŵééŕš îîñ ţĥéé šééţûûþ ǫûûééšţîîööñš. Ýööûû çááñ çĥááñĝé ţĥéɱ îñ Šéţţîñĝš, ŵîţĥ “{ guide-run-again }”.]
player-start = [Šţááŕţ~]
player-loading = [Ļööááðîîñĝ…]
player-sound-note = [{ $reason } Ţĥéé ŕööûûţîîñéé ŕûûñš šîîļééñţļý.]
player-in-progress = [{ $routine } îîñ þŕööĝŕééšš~]
player-progress = [Ŕööûûţîîñéé þŕööĝŕééšš]
player-time-left = [{ $seconds ->
        [one] { $seconds } šééçööñð ļééƒţ îîñ ţĥîîš šţééþ~
       *[other] { $seconds } šééçööñðš ļééƒţ îîñ ţĥîîš šţééþ~~
    }]
player-breathe-in = [Ɓŕééááţĥéé îîñ]
player-breathe-out = [Ɓŕééááţĥéé ööûţ]
player-paused = [Þááûûšééð]
player-show-steps = [Šĥööŵ ááļļ šţééþš~~]
player-hide-steps = [Ĥîîðéé šţééþš~]
player-show-cautions = [Çááûûţîîöñš]
player-hide-cautions = [Ĥîîðéé çááûûţîîöñš]
player-steps-label = [Ĥööŵ ţöö ðöö { $exercise }]
player-controls = [Šééššîîööñ çööñţŕööļš~]
player-previous = [Ɓááçķ~]
player-pause = [Þááûûšé]
player-resume = [Ŕééšûûɱéé]
player-skip = [Šķîîþ~]
player-add-time = [+{ $seconds } š~]
player-stop = [Šţööþ~]
player-stop-question = [Šţööþ ţĥîîš ŕööûûţîîñéé? Ŵĥááţ ýööûû ðîîð šöö ƒááŕ îîš ķéþţ.]
player-keep-going = [Ķééééþ ĝööîîñĝ]
player-stop-routine = [Šţööþ ŕööûûţîîñé]
player-help-paused = [Ţĥéé ŕööûûţîîñéé îîš þááûšéð.]
player-help-back = [Ɓááçķ ţöö ţĥéé ŕööûûţîîñé]
player-help-close = [Çļööšéé]
player-lights-out = [Ļîîĝĥţš ööûûţ~]
player-lights-out-label = [{ $routine } îîñ þŕööĝŕééšš, ļîîĝĥţš ööûûţ~]
player-lights-on = [Ļîîĝĥţš ööñ~]
player-lights-on-paused = [Þááûûšééð. Ļîîĝĥţš ööñ]
player-get-ready-for = [Ĝééţ ŕééááðý: { $exercise }]
player-get-ready = [Ĝééţ ŕééááðý]
player-switch-sides = [Šŵîîţçĥ šîîðééš~]
player-rest = [Ŕééšţ~]
player-exercise = [ÉÉẋééŕçîîšé]
player-side-left = [Ļééƒţ šîîðéé]
player-side-right = [Ŕîîĝĥţ šîîðéé~]
player-with-side = [{ $side ->
        [left] { $title }, ļééƒţ šîîðéé
       *[right] { $title }, ŕîîĝĥţ šîîðéé~
    }]
player-rep = [Ŕééþ~ { $rep } ööƒ { $reps }]
player-hold = [Ĥööļð~ { $rep } ööƒ { $reps }]
player-breath = [Ɓŕééááţĥ~ { $rep } ööƒ { $reps }]
player-round = [Ŕööûûñð { $round } ööƒ { $rounds }]
player-count-round = [{ $count } · ŕööûûñð { $round } ööƒ { $rounds }]
player-next = [Ñééẋţ:~ { $step }]
player-next-finish = [Ñééẋţ: ƒîîñîîšĥ~]
player-announce = [{ $step }.]
player-announce-hold = [{ $seconds ->
        [one] { $step }, ĥööļð~ { $seconds } šééçööñð.~
       *[other] { $step }, ĥööļð~ { $seconds } šééçööñðš.~
    }]
player-announce-reps = [{ $count ->
        [one] { $step }, { $count } ŕééþ.~
       *[other] { $step }, { $count } ŕééþš.~
    }]
player-announce-breaths = [{ $count ->
        [one] { $step }, { $count } ƀŕééááţĥ.~
       *[other] { $step }, { $count } ƀŕééááţĥš.~
    }]
player-well-done = [Ŵééļļ ðööñéé]
player-stopped = [Šééššîîööñ šţööþþééð]
player-summary = [{ $skipped ->
        [0] { $routine }: { $done } ööƒ { $total } šţééþš ðööñéé, îîñ { $time }.
       *[other] { $routine }: { $done } ööƒ { $total } šţééþš ðööñéé,~ { $skipped } šķîîþþééð, îîñ~ { $time }.
    }]
player-not-saved = [Ñööţ šááṽééð]
player-not-saved-yet = [Ñööţ šááṽééð ýééţ]
player-feel-legend = [Ĥööŵ ðööééš ýööûûŕ ƀááçķ ƒééééļ ñöŵ?]
player-feel-low = [0 ñöö þááîîñ]
player-feel-high = [10 ŵööŕšţ~]
player-feel-value = [Ɓááçķ ƒééééļš~ { $value } ööûûţ öƒ 10]
player-checkin = [Ṁööŕñîîñĝ çĥééçķ-îîñ~]
player-done = [Ðööñéé]
