# Generated from en/errors.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

error-not-found = [{ $what ->
        [exercise] Ñöö ééẋééŕçîîšéé çááļļéð "{ $id }".
        [session] Ñöö šééššîîööñ çááļļééð "{ $id }".
        [own-routine] Ñöö ŕööûûţîîñéé ööƒ ýööûûŕš çáļļéð "{ $id }".
       *[routine] Ñöö ŕööûûţîîñéé çááļļéð "{ $id }".
    }]
error-as-said = [{ $text }]
error-library = [Ţĥéé ƀûûîîļţ-îîñ ééẋééŕçîîšéé ļîîƀŕááŕý îîš îîñṽáļîð: { $detail }]
error-data-dir = [Ţĥéé ðááţáá ƒööļðééŕ çööûûļð ñööţ ƀéé ƒööûñð: { $detail }]
error-internal = [Šööɱééţĥîîñĝ ŵééñţ ŵŕööñĝ îîñšîîðéé Ļîîɱƀééŕ:~ { $detail }]
