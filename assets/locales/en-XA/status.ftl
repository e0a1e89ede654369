# Generated from en/status.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

status-weekday = [{ $day ->
        [mon] Ṁööñðááý~
        [tue] Ţûûééšðááý
        [wed] Ŵééðñééšðááý~
        [thu] Ţĥûûŕšðááý~
        [fri] Ƒŕîîðááý~
        [sat] Šááţûûŕðááý
       *[sun] Šûûñðááý~
    }]
status-month = [{ $month ->
        [1] Ĵááñûûááŕý
        [2] Ƒééƀŕûûááŕý
        [3] Ṁááŕçĥ~
        [4] ÅÅþŕîîļ
        [5] Ṁááý~
        [6] Ĵûûñéé
        [7] Ĵûûļý~
        [8] ÅÅûûĝûûšţ
        [9] Šééþţééɱƀééŕ~
        [10] ÖÖçţööƀééŕ
        [11] Ñööṽééɱƀééŕ
       *[12] Ðééçééɱƀééŕ
    }]
status-date = [{ $day } { $month }]
status-today = [ţööðááý]
status-tomorrow = [ţööɱööŕŕööŵ]
status-yesterday = [ýééšţééŕðááý~]
status-night = [{ $weekday } ñîîĝĥţ~]
status-at = [{ $day } ááţ { $time }]
status-after-midnight = [{ $day }, { $time }]
status-first-use = [{ $day }, ööñ ƒîîŕšţ ûûšéé ááƒţééŕ { $time }]
status-snoozed = [šñööööžééð ûûñţîîļ { $time }]
status-now = [ñööŵ~]
status-quiet-hours-end = [ŵĥééñ ǫûûîîééţ ĥööûûŕš ééñð áţ { $time }]
status-minutes = [{ $minutes } ɱîîñ~]
status-days = [{ $days ->
        [one] { $days } ðááý~
       *[other] { $days } ðááýš~
    }]
status-rule-at = [ááţ { $time }]
status-rule-bedtime = [{ $minutes } ɱîîñ ƀééƒööŕéé ƀééðţîîɱéé áţ { $time }]
status-rule-first-use = [ƒîîŕšţ ûûšéé ááƒţééŕ { $time }]
status-tray-paused = [Ŕééɱîîñðééŕš þááûûšééð ƒööŕ ţööðááý]
status-tray-next = [Ñééẋţ:~ { $routine }, { $when }]
status-tray-none = [Ñöö ŕééɱîîñðééŕš šééţ]
status-tray-no-streak = [Ñöö šţŕééááķ ýééţ]
status-tray-streak = [Šţŕééááķ:~ { $streaks }]
status-tray-streak-item = [{ $routine } { $days }]
status-cli-now = [Ļîîɱƀééŕ,~ { $weekday } { $day } { $month } { $year }, { $time } ({ $zone })]
status-cli-paused = [Ŕééɱîîñðééŕš ááŕéé þááûûšééð ƒööŕ ţööðáý.]
status-cli-next = [Ñééẋţ ŕééɱîîñðééŕ:~ { $routine }, { $when }]
status-cli-next-none = [Ñééẋţ ŕééɱîîñðééŕ: ñööñéé šééţ]
status-cli-no-reminder = [ñöö ŕééɱîîñðééŕ]
status-cli-reminder-off = [ŕééɱîîñðééŕ ööƒƒ]
status-cli-reminder-next = [ñééẋţ ŕééɱîîñðééŕ~ { $when }]
status-cli-reminder-next-rule = [ñééẋţ ŕééɱîîñðééŕ~ { $when } ({ $rule })]
status-cli-reminder-none-upcoming = [ñöö ûûþçööɱîîñĝ ŕééɱîîñðééŕ ({ $rule })]
status-cli-today = [ţööðááý: { $done ->
        [yes] ðööñéé
       *[no] ñööţ ðööñéé ýééţ
    }{ $reminder ->
        [sent] ; ŕééɱîîñðééŕ šééñţ~
        [missed] ; ŕééɱîîñðééŕ ɱîîššééð
       *[none] { "" }
    }]
status-cli-streak = [šţŕééááķ:~ { $days } (ƀééšţ~ { $best })]
status-cli-folder = [Ƒööļðééŕ:~ { $folder }]
status-cli-details = [(Ðééţááîîļš: { $detail }.)]
status-tray-streak-separator = [{ ", " }]
status-cli-routine = [{ $routine } ({ $minutes })]
