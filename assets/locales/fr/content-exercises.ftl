# Traduit à la main de en/content-exercises.ftl (généré à partir du contenu JSON). Les phrases « -spoken » sont
# dites à voix haute : courtes, sans chiffres ni symboles. Les « -pace- » sont des mots courts pour une posture.

## Gainage abdominal

exercise-abdominal-bracing-name = Gainage abdominal
exercise-abdominal-bracing-summary = Sur le dos, contractez doucement les muscles du ventre et tenez en continuant à respirer, puis relâchez.
exercise-abdominal-bracing-spoken = Allongez-vous sur le dos, genoux pliés, et contractez doucement le ventre. Continuez à respirer pendant que vous tenez, puis relâchez.
exercise-abdominal-bracing-step-1 = Allongez-vous sur le dos, genoux pliés et pieds à plat.
exercise-abdominal-bracing-step-2 = Contractez doucement les muscles autour du ventre, comme si quelqu'un allait vous toucher le ventre du bout du doigt.
exercise-abdominal-bracing-step-3 = Gardez le dos et les hanches immobiles : rien ne doit appuyer vers le bas ni se soulever.
exercise-abdominal-bracing-step-4 = Tenez en continuant à respirer, puis relâchez complètement.
exercise-abdominal-bracing-breathing = Continuez à respirer normalement pendant que vous tenez ; ne bloquez pas votre respiration.
exercise-abdominal-bracing-pace-brace = contractez
exercise-abdominal-bracing-pace-relax = relâchez

## Chat-vache

exercise-cat-cow-name = Chat-vache
exercise-cat-cow-summary = Creusez puis arrondissez lentement le dos, au rythme de votre respiration.
exercise-cat-cow-spoken = À quatre pattes, laissez le ventre descendre en inspirant, et arrondissez le dos en expirant. N'allez que jusqu'où c'est confortable.
exercise-cat-cow-step-1 = Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.
exercise-cat-cow-step-2 = Inspirez et laissez le ventre descendre en levant la poitrine et le coccyx.
exercise-cat-cow-step-3 = Expirez et arrondissez le dos vers le plafond, en rentrant le menton.
exercise-cat-cow-step-4 = Gardez un mouvement lent et fluide, sans jamais faire de rebonds.
exercise-cat-cow-step-5 = N'allez que jusqu'où c'est confortable.
exercise-cat-cow-breathing = Inspirez en creusant le dos, expirez en l'arrondissant.
exercise-cat-cow-pace-cow = vache
exercise-cat-cow-pace-cat = chat

## Respiration lente par le ventre

exercise-diaphragmatic-breathing-name = Respiration lente par le ventre
exercise-diaphragmatic-breathing-summary = Respirez lentement dans le ventre : inspirez sur 5 temps, expirez sur 5 temps.
exercise-diaphragmatic-breathing-spoken = Posez une main sur votre ventre et inspirez par le nez, pour que le ventre se soulève. Expirez lentement et laissez-le redescendre.
exercise-diaphragmatic-breathing-step-1 = Allongez-vous sur le dos, genoux pliés, ou sur le côté si c'est plus facile.
exercise-diaphragmatic-breathing-step-2 = Posez une main sur la poitrine et l'autre sur le ventre.
exercise-diaphragmatic-breathing-step-3 = Inspirez par le nez : le ventre se soulève et la poitrine reste immobile.
exercise-diaphragmatic-breathing-step-4 = Expirez lentement et laissez le ventre redescendre.
exercise-diaphragmatic-breathing-breathing = Inspirez par le nez pendant environ cinq secondes, expirez pendant environ cinq, sans pause et sans retenir votre souffle.
exercise-diaphragmatic-breathing-pace-breathe-in = inspirez
exercise-diaphragmatic-breathing-pace-breathe-out = expirez

## Inclinaison de la tête

exercise-head-tilt-name = Inclinaison de la tête
exercise-head-tilt-summary = Assis bien droit, inclinez une oreille vers l'épaule et tenez.
exercise-head-tilt-spoken = Asseyez-vous bien droit et inclinez lentement une oreille vers l'épaule, juste jusqu'à un léger étirement. Puis ramenez la tête au centre.
exercise-head-tilt-step-1 = Asseyez-vous bien droit, les épaules relâchées et basses.
exercise-head-tilt-step-2 = Inclinez lentement la tête pour qu'une oreille se rapproche de l'épaule du même côté.
exercise-head-tilt-step-3 = Arrêtez-vous quand vous sentez un léger étirement sur le côté du cou.
exercise-head-tilt-step-4 = Tenez, puis ramenez la tête au centre.
exercise-head-tilt-breathing = Respirez lentement et laissez les épaules descendre à chaque expiration.
exercise-head-tilt-pace-tilt = inclinez
exercise-head-tilt-pace-hold = tenez
exercise-head-tilt-pace-return = revenez

## Genou-poitrine

exercise-knee-to-chest-name = Genou-poitrine
exercise-knee-to-chest-summary = Sur le dos, ramenez un genou vers la poitrine et tenez.
exercise-knee-to-chest-spoken = Sur le dos, tenez un genou à deux mains et ramenez-le doucement vers la poitrine. L'étirement doit rester léger, jamais vif.
exercise-knee-to-chest-step-1 = Allongez-vous sur le dos, les deux genoux pliés et les pieds à plat.
exercise-knee-to-chest-step-2 = Remontez un genou et tenez-le à deux mains, derrière la cuisse ou sur le tibia.
exercise-knee-to-chest-step-3 = Ramenez-le doucement vers la poitrine jusqu'à sentir un léger étirement dans le bas du dos.
exercise-knee-to-chest-step-4 = Gardez l'autre pied détendu sur le lit ou au sol.
exercise-knee-to-chest-step-5 = Reposez la jambe lentement avant de changer de côté.
exercise-knee-to-chest-breathing = Respirez lentement et laissez le dos se détendre à chaque expiration.
exercise-knee-to-chest-pace-draw-in = ramenez
exercise-knee-to-chest-pace-hold = tenez

## Se lever en sécurité

exercise-log-roll-name = Se lever en sécurité
exercise-log-roll-summary = Roulez sur le côté, poussez sur vos bras, sortez les jambes du lit et levez-vous lentement. Le soir, faites l'inverse.
exercise-log-roll-spoken = Roulez sur le côté d'un seul bloc, poussez sur vos bras et laissez vos jambes descendre du lit. Restez assis un instant, puis levez-vous lentement.
exercise-log-roll-step-1 = Pliez les genoux et roulez sur le côté d'un seul bloc, sans vous tordre.
exercise-log-roll-step-2 = Poussez sur vos bras pour vous asseoir.
exercise-log-roll-step-3 = Laissez les jambes passer par-dessus le bord du lit pendant que vous vous redressez.
exercise-log-roll-step-4 = Restez assis un instant, puis levez-vous lentement.
exercise-log-roll-step-5 = Pour vous coucher le soir, faites l'inverse : asseyez-vous, descendez sur le côté, puis roulez sur le dos.
exercise-log-roll-breathing = Expirez en poussant sur vos bras.
exercise-log-roll-pace-roll = roulez
exercise-log-roll-pace-push-up = poussez
exercise-log-roll-pace-swing-legs = jambes dehors
exercise-log-roll-pace-stand = levez-vous

## Livre ouvert

exercise-open-book-name = Livre ouvert
exercise-open-book-summary = Sur le côté, ouvrez le bras du dessus comme un livre, puis refermez-le.
exercise-open-book-spoken = Allongez-vous sur le côté, genoux serrés, bras tendus devant vous. Ouvrez le bras du dessus vers le haut et de l'autre côté en inspirant, et refermez-le en expirant.
exercise-open-book-step-1 = Allongez-vous sur le côté, genoux pliés, bras tendus devant vous, paumes l'une contre l'autre.
exercise-open-book-step-2 = Gardez les genoux serrés et posés au sol.
exercise-open-book-step-3 = Levez le bras du dessus et ouvrez-le vers le haut puis de l'autre côté, en tournant la poitrine vers le plafond.
exercise-open-book-step-4 = Suivez votre main des yeux et restez là le temps d'une respiration lente.
exercise-open-book-step-5 = Ramenez lentement le bras pour refermer le livre.
exercise-open-book-breathing = Inspirez en ouvrant. Restez là le temps d'une respiration tranquille, expiration puis inspiration, puis expirez en refermant. Ne retenez jamais votre souffle.
exercise-open-book-pace-open = ouvrez
exercise-open-book-pace-hold = tenez
exercise-open-book-pace-close = refermez

## Planche sur les genoux

exercise-plank-knees-name = Planche sur les genoux
exercise-plank-knees-summary = La version facile de la planche : sur les avant-bras, tenez une ligne droite de la tête aux genoux.
exercise-plank-knees-spoken = Sur les avant-bras et les genoux, levez les hanches pour former une ligne droite de la tête aux genoux. Continuez à respirer calmement.
exercise-plank-knees-step-1 = Allongez-vous sur le ventre et appuyez-vous sur les avant-bras, les coudes sous les épaules.
exercise-plank-knees-step-2 = Gardez les genoux au sol et levez les hanches.
exercise-plank-knees-step-3 = Formez une ligne droite de la tête aux genoux.
exercise-plank-knees-step-4 = Redescendez avec précaution quand le temps est écoulé.
exercise-plank-knees-breathing = Continuez à respirer calmement tout du long.

## Planche

exercise-plank-name = Planche
exercise-plank-summary = Tenez votre corps en ligne droite sur les avant-bras et la pointe des pieds.
exercise-plank-spoken = Sur les avant-bras et la pointe des pieds, tenez votre corps en ligne droite, sans laisser les hanches s'affaisser ni monter. Continuez à respirer calmement.
exercise-plank-step-1 = Allongez-vous sur le ventre et appuyez-vous sur les avant-bras, les coudes sous les épaules.
exercise-plank-step-2 = Levez les hanches pour que votre corps forme une ligne droite de la tête aux talons.
exercise-plank-step-3 = Gardez le ventre doucement contracté et ne laissez pas les hanches s'affaisser ni monter.
exercise-plank-step-4 = Redescendez avec précaution quand le temps est écoulé.
exercise-plank-breathing = Continuez à respirer calmement tout du long.

## Relaxation musculaire progressive

exercise-progressive-muscle-relaxation-name = Relaxation musculaire progressive
exercise-progressive-muscle-relaxation-summary = Contractez doucement une partie du corps, puis relâchez-la, des pieds jusqu'au visage.
exercise-progressive-muscle-relaxation-spoken = Contractez doucement une partie de votre corps en inspirant, puis relâchez-la en expirant. Commencez par les pieds et remontez jusqu'au visage.
exercise-progressive-muscle-relaxation-step-1 = Allongez-vous confortablement et fermez les yeux si vous le souhaitez.
exercise-progressive-muscle-relaxation-step-2 = Commencez par les pieds : contractez-les doucement pendant environ cinq secondes.
exercise-progressive-muscle-relaxation-step-3 = Relâchez tout d'un coup et sentez les muscles se détendre.
exercise-progressive-muscle-relaxation-step-4 = Remontez vers les jambes, les hanches, le ventre, les mains et les épaules, puis le visage, une partie à la fois.
exercise-progressive-muscle-relaxation-breathing = Inspirez en contractant, expirez lentement en relâchant.
exercise-progressive-muscle-relaxation-pace-tense = contractez
exercise-progressive-muscle-relaxation-pace-release = relâchez

## Cercles des omoplates

exercise-scapular-clocks-name = Cercles des omoplates
exercise-scapular-clocks-summary = Faites tourner lentement une omoplate comme sur un cadran d'horloge : en haut, en arrière, en bas et en avant.
exercise-scapular-clocks-spoken = Assis ou debout, bien droit, faites tourner lentement une omoplate en cercle : en haut, en arrière, en bas et en avant. Gardez un petit cercle, sans forcer.
exercise-scapular-clocks-step-1 = Tenez-vous debout ou assis bien droit, les bras relâchés le long du corps.
exercise-scapular-clocks-step-2 = Montez une épaule vers l'oreille.
exercise-scapular-clocks-step-3 = Tirez-la en arrière, puis vers le bas, puis en avant, comme pour tracer un cercle.
exercise-scapular-clocks-step-4 = Gardez le reste du corps immobile et le mouvement lent.
exercise-scapular-clocks-breathing = Respirez régulièrement ; ne retenez pas votre souffle.
exercise-scapular-clocks-pace-up = en haut
exercise-scapular-clocks-pace-back = en arrière
exercise-scapular-clocks-pace-down = en bas
exercise-scapular-clocks-pace-forward = en avant

## Tirage des épaules

exercise-shoulder-rows-name = Tirage des épaules
exercise-shoulder-rows-summary = Tirez les coudes en arrière et serrez les omoplates l'une vers l'autre, puis relâchez.
exercise-shoulder-rows-spoken = Assis ou debout, bien droit, tirez les coudes en arrière en serrant les omoplates l'une vers l'autre pendant que vous expirez. Relâchez lentement en inspirant.
exercise-shoulder-rows-step-1 = Tenez-vous assis ou debout bien droit, les bras pliés le long du corps.
exercise-shoulder-rows-step-2 = Tirez les coudes en arrière comme pour ramer.
exercise-shoulder-rows-step-3 = Serrez les omoplates l'une vers l'autre et vers le bas.
exercise-shoulder-rows-step-4 = Relâchez lentement jusqu'à la position de départ.
exercise-shoulder-rows-breathing = Expirez en tirant, inspirez en relâchant.
exercise-shoulder-rows-pace-pull = tirez
exercise-shoulder-rows-pace-hold = tenez
exercise-shoulder-rows-pace-release = relâchez

## Rotation des genoux sur le dos

exercise-supine-knee-twist-name = Rotation des genoux sur le dos
exercise-supine-knee-twist-summary = Sur le dos, genoux pliés, laissez les deux genoux descendre d'un côté, puis de l'autre.
exercise-supine-knee-twist-spoken = Sur le dos, genoux pliés, laissez les deux genoux descendre lentement d'un côté en expirant. Inspirez en les ramenant au centre.
exercise-supine-knee-twist-step-1 = Allongez-vous sur le dos, genoux pliés et pieds à plat, les bras posés sur les côtés.
exercise-supine-knee-twist-step-2 = Gardez les genoux serrés et laissez-les descendre lentement d'un côté.
exercise-supine-knee-twist-step-3 = Gardez les deux épaules posées et restez ainsi le temps d'une respiration.
exercise-supine-knee-twist-step-4 = Ramenez les genoux au centre, puis descendez-les de l'autre côté.
exercise-supine-knee-twist-breathing = Expirez quand les genoux descendent, prenez une respiration tranquille dans cette position, inspirez en revenant.
exercise-supine-knee-twist-pace-lower = descendez
exercise-supine-knee-twist-pace-hold = tenez
exercise-supine-knee-twist-pace-return = revenez
