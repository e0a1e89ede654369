# Generated from en/banner.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

reminder-banner-dismiss = [Ðîîšɱîîšš~]
