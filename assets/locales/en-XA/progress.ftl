# Generated from en/progress.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

progress-heading = [Þŕööĝŕééšš~]
progress-today-is = [Ţööðááý îîš { $day }]
progress-loading = [Ļööááðîîñĝ…]
progress-paused-heading = [Ðööšéé çĥááñĝééš ááŕéé þááûšéð]
progress-paused-text = [{ $reason } Ŵĥîîļéé ýööûûŕ çĥééçķ-îîñš šĥööŵ ţĥîîš, Ļîîɱƀééŕ šûûĝĝééšţš ñöö çĥááñĝéé ţöö ááñý ŕööûûţîîñéé.]
progress-empty-heading = [Ñööţĥîîñĝ ţöö çööûûñţ ýééţ]
progress-empty-text = [Ƒîîñîîšĥ áá ŕööûûţîîñéé ááñð îîţš çááļééñðááŕ ááñð šţŕééááķ šţááŕţ ĥééŕéé. Ŕééšţ ðááýš ááñð ɱîîššééð ðááýš ööñļý çööûûñţ ƒŕööɱ ţĥééñ ööñ.~]
progress-empty-choose = [Çĥööööšéé áá ŕööûţîñé]
progress-mornings-heading = [Ṁööŕñîîñĝ þááîîñ ááñð šţîîƒƒñééšš~~]
progress-checkin = [Ṁööŕñîîñĝ çĥééçķ-îîñ~]
progress-insight-heading = [Ṁööŕñîîñĝš ááƒţééŕ áá ŵîîñð-ðööŵñ~]
progress-sleep-heading = [Ĥööŵ ýööûû šļééþţ]
progress-sleep-insight-heading = [Šļééééþ ááƒţééŕ áá ŵîîñð-ðööŵñ]
progress-schedule-every-day = [ÉÉṽééŕý ðááý]
progress-schedule-none = [Ñöö ðááýš šçĥééðûûļééð~]
progress-schedule-weekdays = [Ŵééééķðááýš]
progress-meta = [{ $schedule } · { $today }]
progress-today-done = [Ðööñéé ţööðááý]
progress-today-rest = [Ŕééšţ ðááý ţööðááý~]
progress-today-pending = [Ñööţ ðööñéé ýééţ ţööðááý]
progress-today-unscheduled = [Ñööţ šçĥééðûûļééð ţööðááý]
progress-current-streak = [Çûûŕŕééñţ šţŕééááķ~]
progress-best-streak = [Ɓééšţ šţŕééááķ~]
progress-streak-days = [{ $count ->
        [one] { $count } ðááý~
       *[other] { $count } ðááýš~
    }]
progress-habit-strength = [Ĥááƀîîţ šţŕééñĝţĥ~~]
progress-last-30 = [Ļáášţ 30 šçĥééðûûļééð ðááýš~]
progress-completion-none = [Ñööñéé ĥááš þááššééð ýééţ]
progress-completion = [{ $done } ööƒ { $total } ðööñéé ({ $percent }){ $rest ->
        [0] { "" }
        [one] , { $rest } ŕééšţ ðááý~
       *[other] , { $rest } ŕééšţ ðááýš~
    }]
progress-weekly-goal = [Ŵééééķļý ĝööááļ]
progress-weekly = [{ $done } ööƒ { $goal } ðááýš ţĥîîš ŵééééķ~{ $weeks ->
        [0] { "" }
        [one] { " " }· ĝööááļ ɱééţ { $weeks } ŵééééķ ŕûûññîîñĝ
       *[other] { " " }· ĝööááļ ɱééţ { $weeks } ŵééééķš ŕûûññîîñĝ~
    }]
progress-rest-button = [Ŕééšţ ðááý ţööðááý~]
progress-rest-button-label = [Ŕééšţ ðááý ţööðááý ƒööŕ~ { $name }]
progress-rest-undo = [ÛÛñðöö ŕééšţ ðááý]
progress-rest-undo-label = [ÛÛñðöö ŕééšţ ðááý ƒööŕ { $name }]
progress-rest-available = [{ $left ->
        [one] { $left } ŕééšţ ðááý ļééƒţ ţĥîîš ɱööñţĥ. ÅÅ ŕééšţ ðááý ķééééþš ýööûûŕ šţŕééááķ ŵîîţĥööûûţ ááððîîñĝ ţöö îîţ.
       *[other] { $left } ŕééšţ ðááýš ļééƒţ ţĥîîš ɱööñţĥ. ÅÅ ŕééšţ ðááý ķééééþš ýööûûŕ šţŕééááķ ŵîîţĥööûûţ ááððîîñĝ ţöö îîţ.~
    }]
progress-rest-marked = [Ţööðááý îîš áá ŕééšţ ðááý. Ýööûûŕ šţŕééááķ îîš ķéþţ.]
progress-rest-limit = [{ $limit ->
        [one] Ţĥîîš ɱööñţĥ'š~~ { $limit } ŕééšţ ðááý îîš ûûšééð.
       *[other] Ţĥîîš ɱööñţĥ'š~~ { $limit } ŕééšţ ðááýš ááŕéé ûûšééð.
    }]
progress-trend-none = [Ñöö ĥááƀîîţ šţŕééñĝţĥ ýééţ.~~]
progress-trend-one = [Ĥááƀîîţ šţŕééñĝţĥ~~ { $now }.]
progress-trend = [Ĥááƀîîţ šţŕééñĝţĥ~~ { $now }, ƒŕööɱ~ { $first } ööñ { $day }.]
progress-insight-waiting = [ÅÅƒţééŕ { $needed } ɱööŕñîîñĝš ŵîîţĥ áá ŵîîñð-ðööŵñ ţĥéé ééṽééñîîñĝ ƀééƒööŕéé ááñð { $needed } ŵîîţĥööûûţ, ýööûû ŵîîļļ šéééé ĥööŵ ýööûûŕ ɱööŕñîîñĝ þááîîñ çööɱþááŕéš. Šö ƒáŕ: { $withCount } ŵîîţĥ,~ { $withoutCount } ŵîîţĥööûûţ (ļáášţ { $days } ðááýš).~]
progress-insight = [Ṁööŕñîîñĝ þááîîñ ááƒţééŕ áá ŵîîñð-ðööŵñ: { $with } ööñ ááṽééŕááĝé ({ $withCount ->
        [one] { $withCount } ɱööŕñîîñĝ~
       *[other] { $withCount } ɱööŕñîîñĝš~
    }). Ŵîîţĥööûûţ ööñé: { $without } ({ $withoutCount ->
        [one] { $withoutCount } ɱööŕñîîñĝ~
       *[other] { $withoutCount } ɱööŕñîîñĝš~
    }). { $comparison }]
progress-insight-same = [ÅÅƀööûûţ ţĥéé šááɱéé ééîîţĥéŕ ŵáý.]
progress-insight-lower = [ÖÖñ ááṽééŕááĝé { $diff } þööîîñţš ļööŵééŕ ááƒţééŕ áá ŵîîñð-ðööŵñ.]
progress-insight-higher = [ÖÖñ ááṽééŕááĝé { $diff } þööîîñţš ĥîîĝĥééŕ ááƒţééŕ áá ŵîîñð-ðööŵñ.~]
progress-sleep-waiting = [ÅÅƒţééŕ { $needed } çĥééçķ-îîñš ƒööļļööŵîîñĝ áá ŵîîñð-ðööŵñ ááñð~~ { $needed } ŵîîţĥööûûţ, ýööûû ŵîîļļ šéééé ĥööŵ ýööûû ŕááţééð ýööûûŕ šļééééþ ááƒţéŕ éáçĥ. Šö ƒáŕ: { $withCount } ŵîîţĥ,~ { $withoutCount } ŵîîţĥööûûţ (ļáášţ { $days } ðááýš).~]
progress-sleep-insight = [Šļééééþ ááƒţééŕ áá ŵîîñð-ðööŵñ: ŕááţééð { $with } ööƒ 5 ööñ ááṽééŕáĝé ({ $withCount ->
        [one] { $withCount } ñîîĝĥţ~
       *[other] { $withCount } ñîîĝĥţš~~
    }). Ŵîîţĥööûûţ ööñé: { $without } ({ $withoutCount ->
        [one] { $withoutCount } ñîîĝĥţ~
       *[other] { $withoutCount } ñîîĝĥţš~~
    }). { $comparison }]
progress-sleep-better = [ÖÖñ ááṽééŕááĝé { $diff } þööîîñţš ƀééţţééŕ ááƒţééŕ áá ŵîîñð-ðööŵñ.~]
progress-sleep-worse = [ÖÖñ ááṽééŕááĝé { $diff } þööîîñţš ŵööŕšéé ááƒţééŕ áá ŵîîñð-ðööŵñ.]
progress-insight-days = [Ļáášţ~ { $days } ðááýš.~]
progress-insight-caveat = [Ţĥééšéé ááṽééŕááĝééš ðééšçŕîîƀéé ýööûûŕ ööŵñ çĥééçķ-îîñš; ţĥééý ááŕéé ñööţ áá ɱééðîîçááļ ƒîîñðîîñĝ. Šļééééþ, šţŕééšš ááñð ţĥéé ðááý ƀééƒööŕéé þļááý áá þáŕţ ţöö.]
progress-flag-sustained = [Ýööûû ŕááţééð ýööûûŕ ƀááçķ þááîîñ 7 ööŕ ɱöŕé öñ { $mornings ->
        [one] { $mornings } ɱööŕñîîñĝ~
       *[other] { $mornings } ɱööŕñîîñĝš~
    } îîñ áá ŕööŵ ({ $from } ţöö { $to }).]
progress-flag-rising = [Ýööûûŕ ááṽééŕááĝéé ɱööŕñîîñĝ þááîîñ ĥááš ĝööñéé ûûþ ééááçĥ ŵééééķ ƒööŕ ţĥŕééé ŵééķš, ƒŕöɱ { $first } (ŵééééķ ööƒ { $firstWeek }) ţöö { $last } (ŵééééķ ööƒ { $lastWeek }).]
progress-flag-steady = [Ýööûûŕ ááṽééŕááĝéé ɱööŕñîîñĝ þááîîñ ĥááš šţááýééð ááţ 4 ööŕ ɱööŕéé ééṽéŕý ŵééķ ƒöŕ { $weeks } ŵééééķš: { $first } îîñ ţĥéé ŵééééķ öƒ { $firstWeek }, { $last } îîñ ţĥéé ŵééééķ öƒ { $lastWeek }.]
progress-flag-heading = [Ŵööŕţĥ ţááļķîîñĝ ţöö áá þŕööƒééššîîööñááļ]
progress-flag-text = [{ $reason } Ļîîɱƀééŕ çááññööţ ţééļļ ŵĥááţ îîš ƀééĥîîñð ţĥîîš; áá ðööçţööŕ ööŕ þĥýšîîööţĥééŕááþîîšţ çááñ.~]
progress-flag-urgent = [Šîîĝñš ţĥááţ ñééééð ĥééļþ ţööðááý~]
progress-flag-stop = [Šţööþ ááñý ééẋééŕçîîšéé ţĥááţ ɱááķééš ýööûûŕ šýɱþţööɱš ŵööŕšéé.~]
progress-flag-dismiss = [Ðîîšɱîîšš ţĥîîš ñööţîîçéé]
dose-heading = [Ðööšéé]
dose-try = [Ţŕý ţĥéé ñééŵ ðööšéé~]
dose-try-label = [Ţŕý ţĥéé ñééŵ ðööšéé ƒööŕ~ { $name }]
dose-not-now = [Ñööţ ñööŵ~]
dose-not-now-label = [Ñööţ ñööŵ: ķééééþ ţĥéé ðööšéé öƒ { $name }]
dose-paused = [Ðööšéé çĥááñĝééš ááŕéé þááûšéð: { $reason } Ļîîɱƀééŕ šûûĝĝééšţš ñöö çĥááñĝéé ŵĥîîļéé ţĥîîš ļáášţš; šţööþ ááñý ééẋééŕçîîšéé ţĥááţ ɱááķééš ýööûûŕ šýɱþţööɱš ŵööŕšéé. Ŵĥááţ ţöö ðöö îîš îîñ ţĥéé ñööţéé ááţ ţĥéé ţööþ ööƒ ţĥîîš šçŕééééñ.~]
dose-changed = [Çĥááñĝééð ööñ~ { $day }. ÛÛñðöö ƀŕîîñĝš ƀááçķ:~ { $doses }]
dose-undo = [ÛÛñðöö ţĥéé ļáášţ ðööšéé çĥááñĝéé]
dose-undo-label = [ÛÛñðöö ţĥéé ļáášţ ðööšéé çĥááñĝéé ööƒ { $name }]
dose-history = [Ðööšéé ĥîîšţööŕý]
dose-era-since = [{ $how }, { $day }]
dose-sessions-none = [Ñöö šééššîîööñš ýééţ]
dose-sessions = [{ $count ->
        [one] { $count } šééššîîööñ
       *[other] { $count } šééššîîööñš
    }: { $days }]
dose-sessions-range = [{ $first } ţöö { $last }]
heatmap-caption = [Çááļééñðááŕ ööƒ { $name }. { $summary }]
heatmap-summary = [{ $weeks ->
        [one] Ļáášţ ŵééééķ
       *[other] Ļáášţ~ { $weeks } ŵééééķš
    }: { $done } ðööñéé, { $rest ->
        [0] { "" }
        [one] { $rest } ŕééšţ ðááý,~{ " " }
       *[other] { $rest } ŕééšţ ðááýš,~{ " " }
    }{ $missed } ɱîîššééð.~]
heatmap-day = [{ $day }: { $state }]
heatmap-done = [ðööñéé]
heatmap-rest = [ŕééšţ ðááý~]
heatmap-missed = [ɱîîššééð~]
heatmap-pending = [ţööðááý, ñööţ ðööñéé ýééţ]
heatmap-unscheduled = [ñööţ šçĥééðûûļééð~]
heatmap-untracked = [ƀééƒööŕéé ýööûû šţááŕţéð]
heatmap-future = [šţîîļļ ţöö çööɱéé]
heatmap-rest-symbol = [Ŕ~]
heatmap-legend = [Ŵĥááţ ţĥéé çááļééñðááŕ šĥööŵš~]
chart-pain-axis = [0 = ñööñéé, 10 = ŵööŕšţ~]
chart-pain = [Þááîîñ (šööļîîð ļîîñé)]
chart-stiffness = [Šţîîƒƒñééšš (ðáášĥééð ļîîñéé)~]
chart-wind-down = [Ŵîîñð-ðööŵñ ţĥéé ééṽééñîîñĝ ƀééƒööŕéé (ƒîîļļééð ðööţ)]
chart-morning = [Ṁööŕñîîñĝ ŕööûûţîîñéé ðööñéé (ŕîñĝ)]
chart-none = [Ñöö çĥééçķ-îîñš ýééţ. ÅÅƒţééŕ ýööûûŕ ɱööŕñîîñĝ çĥééçķ-îîñ, ýööûûŕ þááîîñ ááñð šţîîƒƒñééšš ááþþééááŕ ĥééŕéé.]
chart-count = [{ $count ->
        [one] { $count } çĥééçķ-îîñ îîñ ţĥîîš þééŕîîööð.
       *[other] { $count } çĥééçķ-îîñš îîñ ţĥîîš þééŕîîööð.
    }]
chart-latest = [Ļááţééšţ,~ { $day }: þááîîñ { $pain }, šţîîƒƒñééšš~~ { $stiffness }.]
chart-average = [Ļáášţ 30 ðááýš ööñ ááṽééŕááĝéé: þááîñ { $pain }, šţîîƒƒñééšš~~ { $stiffness }.]
chart-table-show = [Šĥööŵ ţĥéé ļááţééšţ çĥééçķ-îîñš ááš áá ţááƀļéé~]
chart-table-caption = [Ļááţééšţ çĥééçķ-îîñš, ñééŵééšţ ƒîîŕšţ~~]
chart-col-day = [Ðááý~]
chart-col-pain = [Þááîîñ]
chart-col-stiffness = [Šţîîƒƒñééšš~~]
chart-col-wind-down = [Ŵîîñð-ðööŵñ ţĥéé ééṽééñîîñĝ ƀééƒööŕéé]
chart-col-morning = [Ṁööŕñîîñĝ ŕööûûţîîñé]
chart-yes = [ýééš~]
chart-no = [ñöö]
sleep-axis = [1 = ṽééŕý þööööŕ, 5 = ṽééŕý ĝööööð]
sleep-line = [Šļééééþ (ļîîñéé)]
sleep-none = [Ñöö ñîîĝĥţš ŕááţééð ýééţ. Ţĥéé ɱööŕñîîñĝ çĥééçķ-îîñ áášķš ĥööŵ ýööûû šļééþţ; ýööûûŕ ááñšŵééŕš ááþþééááŕ ĥééŕéé.~]
sleep-count = [{ $count ->
        [one] { $count } ñîîĝĥţ ŕááţééð îîñ ţĥîîš þééŕîîööð.
       *[other] { $count } ñîîĝĥţš ŕááţééð îîñ ţĥîîš þééŕîîööð.~
    }]
sleep-latest = [Ļááţééšţ,~ { $day }: { $quality } ööƒ 5.]
sleep-average = [Ļáášţ 30 ðááýš ööñ ááṽééŕááĝé: { $average } ööƒ 5.]
streaks-problem-boundary = [ÅÅ ñééŵ ðááý šţááŕţš ááţ: "~{ $text }" îîš ñööţ áá ţîîɱéé; ţýþéé îîţ ļîķé 04:00.]
