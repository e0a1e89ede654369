# Generated from en/notice.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

notice-title = [{ $routine }: { $minutes ->
        [one] { $minutes } ɱîîñûûţéé
       *[other] { $minutes } ɱîîñûûţééš
    }]
notice-body-bedtime = [Ţîîɱéé ţöö ŵîîñð ðööŵñ. Ýööûûŕ ƀááçķ ŵîîļļ ţĥááñķ ýööûû.]
notice-body-morning = [Šţááŕţ ĝééñţļý, ŕîîĝĥţ ţĥééŕéé îîñ ƀééð. Ýööûûŕ ƀááçķ ŵîîļļ ţĥááñķ ýööûû.~~~]
notice-body-anytime = [ÅÅ šĥööŕţ ƀŕééááķ ƒööŕ ýööûûŕ ƀááçķ. ÎÎţ ŵîîļļ ţĥááñķ ýööûû.]
notice-open = [ÖÖþééñ Ļîîɱƀééŕ]
notice-start = [Šţááŕţ ñööŵ~]
notice-snooze = [Šñööööžéé { $minutes } ɱîîñ~]
