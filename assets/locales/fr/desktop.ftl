# Le menu et la fiche du centre de logiciels ; scripts/desktop-l10n.mjs écrit les deux à partir de ces textes.

desktop-generic-name = Routines pour le dos
desktop-comment = Routines douces pour le dos, le soir et le matin
desktop-keywords = dos;douleur;mal de dos;raideur;étirement;mobilité;coucher;détente;matin;sommeil;routine;exercice;
desktop-action-bedtime = Commencer la détente du soir
desktop-action-morning = Commencer la routine de mobilité du matin

appstream-summary = Routines douces du soir et du matin pour un dos raide
appstream-intro =
    Limber vous guide dans une détente calme avant de dormir et dans une courte routine de mobilité au réveil,
    pour un dos raide ou douloureux. Chaque exercice a un minuteur, une illustration simple et des signaux
    sonores doux, pour que vous puissiez suivre avec l'écran assombri.
appstream-feature-bedtime = Une détente du soir faite de respiration lente et d'étirements doux, au sol ou au lit
appstream-feature-morning = Quelques minutes de mobilité le matin, qui commencent au lit, et une façon sûre de se lever
appstream-feature-reminders = Des rappels qui restent à l'heure malgré les fuseaux horaires et les changements d'heure
appstream-feature-journal = Un journal de la douleur et du sommeil, des séries et des objectifs hebdomadaires pour voir ce qui aide
appstream-feature-advice = Des conseils sur les positions de sommeil, les oreillers et les matelas
appstream-privacy =
    Limber respecte votre vie privée : il fonctionne hors ligne et garde vos données sur votre ordinateur.
    Ce n'est pas un avis médical ; il vous indique quand consulter un professionnel.
appstream-keywords = mal de dos;étirement;mobilité;coucher;sommeil;routine
