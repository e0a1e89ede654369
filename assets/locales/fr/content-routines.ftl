# Traduit à la main de en/content-routines.ftl (généré à partir du contenu JSON) : le nom de chaque routine
# intégrée (sur sa carte, dans les rappels et la zone de notification) et à quoi elle sert.

routine-bedtime-wind-down-name = Détente du soir
routine-bedtime-wind-down-description = Une dizaine de minutes de respiration lente, d'étirements doux et de relaxation pour apaiser votre dos avant de dormir. Baissez la luminosité de l'écran et faites-la au sol ou au lit.
routine-bedtime-wind-down-copy-name = Ma détente du soir

routine-morning-mobility-name = Mobilité du matin
routine-morning-mobility-description = Quelques mouvements doux au lit pour atténuer la raideur du matin, une façon sûre de se lever, puis le chat-vache et le livre ouvert au sol ou sur un lit ferme. Prenez votre temps : les articulations sont souvent raides après une nuit sans bouger.
routine-morning-mobility-copy-name = Ma mobilité du matin

routine-two-minute-reset-name = Pause de 2 minutes
routine-two-minute-reset-description = Une courte pause pour votre dos : quelques respirations lentes et des mouvements faciles quand vous êtes resté immobile trop longtemps.
routine-two-minute-reset-copy-name = Ma pause de 2 minutes

routine-upper-back-neck-name = Haut du dos et nuque
routine-upper-back-neck-description = Assouplissez un haut du dos et une nuque raides avec des mouvements lents, à faire chez vous ou pendant une pause.
routine-upper-back-neck-copy-name = Haut du dos et nuque (ma version)
