# Traduit à la main de en/content-wind-down.ftl (généré à partir du contenu JSON) : la liste du soir avant la
# routine du coucher. Les cases sont à la première personne ; la ligne dessous dit pourquoi.

wind-down-title = Avant de commencer
wind-down-intro = Une soirée calme aide votre dos à se détendre. Cochez ce qui est vrai ce soir ; ce n'est pas un examen.
wind-down-usual-bedtime-label = C'est à peu près mon heure de coucher habituelle
wind-down-usual-bedtime-detail = Se coucher à la même heure chaque soir, week-end compris, aide votre corps à savoir quand dormir.
wind-down-ready-for-bed-label = Réveil réglé, dents brossées, pyjama enfilé
wind-down-ready-for-bed-detail = Les mêmes petits gestes chaque soir disent à votre corps que la journée est finie.
wind-down-screens-down-label = Les écrans sont tamisés ou rangés
wind-down-screens-down-detail = Moins de lumière vive des écrans avant le coucher aide à s'endormir.
wind-down-bed-for-sleep-label = Pas de télé, de travail ni de lecture au lit ce soir
wind-down-bed-for-sleep-detail = Gardez le lit pour dormir : faites ces choses ailleurs, pour que s'allonger veuille dire se reposer.
wind-down-no-late-caffeine-label = Pas de café, de thé ni de cola ce soir
wind-down-no-late-caffeine-detail = La caféine peu avant le coucher vous tient éveillé.
wind-down-light-evening-label = Pas de gros repas ni d'alcool ces dernières heures
wind-down-light-evening-detail = Un repas lourd et l'alcool tard le soir perturbent tous deux le sommeil.
wind-down-no-hard-exercise-label = Pas d'effort intense ces dernières heures
wind-down-no-hard-exercise-detail = Gardez les séances de sport intenses pour plus tôt dans la journée ; des étirements doux comme ceux-ci conviennent.
wind-down-cool-dark-room-label = Ma chambre est fraîche, sombre et calme
wind-down-cool-dark-room-detail = Une pièce trop chaude ou trop lumineuse donne un sommeil de moins bonne qualité.
wind-down-warm-shower-label = Un bain ou une douche chaude ce soir
wind-down-warm-shower-detail = L'eau chaude avant le coucher peut aider les muscles tendus à se relâcher.
