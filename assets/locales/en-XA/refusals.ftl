# Generated from en/refusals.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

streak-refused-boundary-time = [Ţĥéé ţîîɱéé áá ñééŵ ðááý šţááŕţš ɱûûšţ ƀéé ŵŕîîţţééñ ļîîķéé 04:00 (ĝööţ “{ $got }”).]
streak-refused-boundary-late = [ÅÅ ñééŵ ðááý ɱûûšţ šţááŕţ ƀééţŵééééñ 00:00 ááñð~ { $latest } (ĝööţ~ { $got }).]
streak-refused-rest-days = [Ŕééšţ ðááýš þééŕ ɱööñţĥ ɱûûšţ ƀéé 0–~~{ $max } (ĝööţ~ { $got }).]
streak-refused-unknown-routine = [Ñöö ŕööûûţîîñéé çááļļéð “{ $routine }” çááñ ĥááṽéé áá ĝööáļ.]
streak-refused-goal = [ÅÅ ŵééééķļý ĝööááļ ɱûûšţ ƀé { $min }–{ $max } ðááýš (ĝööţ~ { $got }).]
rest-day-refused-already = [Ţööðááý îîš ááļŕééááðý áá ŕééšţ ðáý.]
rest-day-refused-limit = [{ $limit ->
        [one] Ýööûû ĥááṽéé ûûšééð ţĥîîš ɱööñţĥ'š ŕééšţ ðááý ƒööŕ ţĥîîš ŕööûûţîîñé.
       *[other] Ýööûû ĥááṽéé ûûšééð ţĥîîš ɱööñţĥ'š { $limit } ŕééšţ ðááýš ƒööŕ ţĥîîš ŕööûûţîîñéé.
    }]
