# Traduit à la main de en/content-safety.ftl (généré à partir du contenu JSON). Chaque message est un texte de
# sécurité : même sens, ni plus fort ni plus faible ; la rétro-traduction anglaise est dans back/content-safety.ftl.

## Précautions : Gainage abdominal

exercise-abdominal-bracing-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-abdominal-bracing-caution-2 = Contractez doucement, bien en dessous de votre force maximale.
exercise-abdominal-bracing-caution-3 = Si vous êtes enceinte, laissez cet exercice de côté : il se fait allongée à plat sur le dos, une position qu'il vaut mieux garder peu de temps, surtout après 16 semaines de grossesse.
exercise-abdominal-bracing-caution-4 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Chat-vache

exercise-cat-cow-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-cat-cow-caution-2 = Si être à genoux vous fait mal, mettez une serviette pliée sous vos genoux.
exercise-cat-cow-caution-3 = Si votre douleur augmente quand vous vous penchez en avant, n'arrondissez le dos que légèrement.
exercise-cat-cow-caution-4 = Laissez cet exercice de côté si vous avez de l'ostéoporose : arrondir le dos plie la colonne vers l'avant.
exercise-cat-cow-caution-5 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Respiration lente par le ventre

exercise-diaphragmatic-breathing-caution-1 = Arrêtez si votre douleur s'aggrave.
exercise-diaphragmatic-breathing-caution-2 = Si vous vous sentez étourdi, respirez normalement un moment.
exercise-diaphragmatic-breathing-caution-3 = Si vous êtes enceinte, allongez-vous sur le côté plutôt qu'à plat sur le dos.

## Précautions : Inclinaison de la tête

exercise-head-tilt-caution-1 = Arrêtez si la douleur s'aggrave, si vous avez la tête qui tourne, ou si des picotements, un engourdissement ou une faiblesse descendent dans un bras.
exercise-head-tilt-caution-2 = Inclinez la tête seulement jusqu'où c'est confortable ; ne la tirez pas avec la main.
exercise-head-tilt-caution-3 = Après une opération récente ou une fracture au cou ou au dos, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Genou contre la poitrine

exercise-knee-to-chest-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-knee-to-chest-caution-2 = Tirez doucement ; un étirement devrait rester léger, jamais vif.
exercise-knee-to-chest-caution-3 = Laissez cet exercice de côté si vous avez de l'ostéoporose : serrer un genou contre soi plie la colonne vers l'avant, ce qui peut augmenter le risque de fracture de la colonne.
exercise-knee-to-chest-caution-4 = Laissez cet exercice de côté si votre mal de dos augmente quand vous vous penchez en avant.
exercise-knee-to-chest-caution-5 = Si vous êtes enceinte, laissez cet exercice de côté : il se fait allongée à plat sur le dos.
exercise-knee-to-chest-caution-6 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Se lever en sécurité

exercise-log-roll-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-log-roll-caution-2 = Restez assis un peu plus longtemps si vous avez la tête qui tourne avant de vous lever.
exercise-log-roll-caution-3 = Ne vous penchez pas en avant à partir de la taille et ne faites pas de geste brusque quand vous vous mettez au lit ou que vous en sortez.

## Précautions : Livre ouvert

exercise-open-book-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe, ou si des picotements descendent dans un bras.
exercise-open-book-caution-2 = N'ouvrez que jusqu'où votre épaule le permet ; le bras n'a pas besoin de toucher le sol.
exercise-open-book-caution-3 = Laissez cet exercice de côté si vous avez de l'ostéoporose : il fait tourner la colonne.
exercise-open-book-caution-4 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Planche sur les genoux

exercise-plank-knees-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-plank-knees-caution-2 = Mettez une serviette pliée sous vos genoux s'ils sont douloureux.
exercise-plank-knees-caution-3 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Planche

exercise-plank-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-plank-caution-2 = Commencez par des maintiens courts et augmentez peu à peu ; faites la version sur les genoux si c'est trop.
exercise-plank-caution-3 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Relaxation musculaire progressive

exercise-progressive-muscle-relaxation-caution-1 = Arrêtez si votre douleur s'aggrave.
exercise-progressive-muscle-relaxation-caution-2 = Contractez doucement ; sautez toute zone qui fait mal.
exercise-progressive-muscle-relaxation-caution-3 = Si vous êtes enceinte, allongez-vous sur le côté plutôt qu'à plat sur le dos.

## Précautions : Cercles des omoplates

exercise-scapular-clocks-caution-1 = Arrêtez si la douleur s'aggrave, ou si des picotements, un engourdissement ou une faiblesse descendent dans un bras.
exercise-scapular-clocks-caution-2 = Faites de petits cercles si votre épaule craque ou fait mal.
exercise-scapular-clocks-caution-3 = Après une opération récente ou une fracture au cou ou au dos, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Tirage des épaules

exercise-shoulder-rows-caution-1 = Arrêtez si la douleur s'aggrave, ou si des picotements, un engourdissement ou une faiblesse descendent dans un bras.
exercise-shoulder-rows-caution-2 = Gardez la nuque détendue et les épaules loin des oreilles.
exercise-shoulder-rows-caution-3 = Après une opération récente ou une fracture au cou ou au dos, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Précautions : Rotation des genoux sur le dos

exercise-supine-knee-twist-caution-1 = Arrêtez si la douleur s'aggrave ou descend dans une jambe.
exercise-supine-knee-twist-caution-2 = Ne descendez les genoux que jusqu'où c'est confortable ; ils n'ont pas besoin de se poser.
exercise-supine-knee-twist-caution-3 = Laissez cet exercice de côté si vous avez de l'ostéoporose : il fait tourner la colonne.
exercise-supine-knee-twist-caution-4 = Si vous êtes enceinte, laissez cet exercice de côté : il se fait allongée à plat sur le dos.
exercise-supine-knee-twist-caution-5 = Après une opération récente du dos ou une fracture de la colonne vertébrale, laissez cet exercice de côté jusqu'à ce que votre chirurgien ou votre kinésithérapeute vous dise que cela ne pose pas de problème.

## Le guide de sécurité

safety-title = La sécurité d'abord
safety-intro = Limber vous guide dans des mouvements doux. Il ne peut pas savoir ce qui cause votre douleur. La plupart des maux de dos ne sont pas graves, mais certains signes demandent un professionnel, et quelques-uns ne peuvent pas attendre.
safety-level-get-help-now-heading = Obtenez de l'aide tout de suite
# Numéros d'urgence : ceux de la France (15, le SAMU, et 112) d'abord, puis tous ceux de l'anglais.
safety-level-get-help-now-action = Si vous avez mal au dos et l'un de ces signes, appelez les urgences (15 ou 112 en France, 112 ailleurs en Europe, 999 au Royaume-Uni, 911 aux États-Unis et au Canada) ou faites-vous examiner aujourd'hui même par un service de soins urgents ou par votre médecin. N'attendez pas de voir si cela passe, et ne continuez pas la routine.
safety-sign-bladder-bowel = De nouvelles difficultés pour uriner, ou vous ne pouvez pas contrôler votre vessie ou vos intestins.
safety-sign-numb-saddle = Un engourdissement, des picotements ou des fourmillements autour des parties génitales, des fesses ou à l'intérieur des cuisses.
safety-sign-both-legs = Une faiblesse, un engourdissement ou des picotements dans les deux jambes, ou des jambes qui s'affaiblissent de plus en plus.
safety-sign-after-fall = La douleur a commencé après une chute, un coup dans le dos ou un accident.
safety-sign-chest-pain = Une douleur dans la poitrine en même temps que le mal de dos.
safety-sign-fever-unwell = Une forte fièvre, ou vous avez chaud, vous frissonnez ou vous vous sentez très mal.
safety-sign-belly-throbbing = Une douleur dans le ventre qui bat ou qui pulse.
safety-level-see-someone-soon-heading = Consultez bientôt un médecin ou un kinésithérapeute
safety-level-see-someone-soon-action = Prenez rendez-vous dans les prochains jours si l'un de ces points vous concerne. D'ici là, continuez à bouger doucement et arrêtez tout ce qui aggrave la douleur.
safety-sign-lasts-weeks = La douleur dure depuis plus de quelques semaines, bien que vous vous en occupiez chez vous.
safety-sign-severe-or-worsening = La douleur est intense, ou elle ne cesse de s'aggraver.
safety-sign-night-pain = La douleur est pire la nuit ou quand vous vous allongez, ou elle vous réveille.
safety-sign-legs-numb-tingling-weak = Un engourdissement, des picotements ou une faiblesse dans une jambe, ou une douleur qui descend sous le genou.
safety-sign-weight-loss = Vous perdez du poids sans pouvoir l'expliquer.
safety-sign-swelling = Un gonflement ou une rougeur sur le dos.
safety-sign-wraps-around = La douleur fait le tour de votre flanc, comme une bande autour du corps.
safety-sign-nausea = La douleur s'accompagne de nausées ou de vomissements.
safety-sign-daily-life = La douleur rend les journées ordinaires difficiles à passer.
safety-stop-if-worse = Arrêtez tout exercice qui aggrave votre douleur. Bougez lentement, sans jamais faire de rebonds, et continuez à respirer normalement.
safety-not-medical-advice = Limber n'est pas un avis médical et ne remplace pas un professionnel de santé. Il propose des routines douces et générales et des conseils pour le sommeil.
safety-stiff-mornings-ease = La raideur au réveil est fréquente, et elle diminue souvent une fois que vous commencez à bouger.
safety-keep-a-journal = Noter chaque jour votre douleur et votre sommeil vous aide, vous et toute personne qui vous soigne, à voir ce qui fait une différence.
