#include "demo_texts.h"

#include "passerelle/domain/enums.h"

namespace passerelle::exchange::demo {

using namespace Qt::Literals::StringLiterals;

std::span<const HostTemplate> hostTemplates() {
    static const HostTemplate list[] = {
        {u"Ressourcerie {town}"_s,
         u"Tri, nettoyage et mise en rayon d'objets donnés ; aide à l'accueil des dépôts"_s,
         u"Ressourcerie"_s, u"Réemploi et économie solidaire"_s,
         u"Association pour le réemploi et la solidarité {ofTown}"_s},
        {u"EHPAD Les Tilleuls {town}"_s,
         u"Participation aux animations de l'après-midi, lecture et jeux de société avec les résidents, service du goûter"_s,
         u"EHPAD, salle d'animation"_s, u"Accompagnement des personnes âgées"_s,
         u"Centre communal d'action sociale {ofTown}"_s},
        {u"Épicerie solidaire {ofTown}"_s,
         u"Réception et rangement des denrées, préparation des colis, accueil des bénéficiaires avec un bénévole"_s,
         u"Épicerie solidaire"_s, u"Aide alimentaire et solidarité"_s,
         u"Association d'entraide alimentaire {ofTown}"_s},
        {u"Refuge animalier {ofTown}"_s,
         u"Entretien des enclos, préparation des repas des animaux, promenade des chiens avec un soigneur"_s,
         u"Refuge"_s, u"Protection animale"_s, u"Association de protection des animaux {ofTown}"_s},
        {u"Jardin partagé des Hautes-Bruyères ({town})"_s,
         u"Entretien des parcelles, semis et arrosage, fabrication de bacs de culture"_s, u"Jardin partagé"_s,
         u"Jardinage et environnement"_s, u"Association des jardiniers des Hautes-Bruyères"_s},
        {u"Union sportive {ofTown}"_s,
         u"Entretien et rangement du matériel, aide à l'encadrement d'un entraînement des plus jeunes"_s,
         u"Gymnase municipal"_s, u"Association sportive"_s, QString()},
        {u"Banque alimentaire, antenne {ofTown}"_s,
         u"Tri des denrées collectées, contrôle des dates, préparation des distributions"_s, u"Entrepôt"_s,
         u"Aide alimentaire"_s, u"Banque alimentaire du Val-de-Marne"_s},
        {u"Théâtre municipal {ofTown}"_s,
         u"Aide à l'accueil du public, préparation de la salle, découverte des métiers de la scène"_s,
         u"Théâtre, hall et plateau"_s, u"Spectacle vivant"_s, QString()},
    };
    return list;
}

std::span<const QString> responsibilityObjectives() {
    static const QString list[] = {
        u"Prendre conscience de la portée de son acte à l'égard de la victime et de la communauté éducative"_s,
        u"Respecter des consignes et un cadre de travail en dehors de l'établissement"_s,
        u"Se rendre utile dans une activité de solidarité et réparer symboliquement le tort causé"_s,
        u"Valoriser ses compétences et reprendre confiance en soi"_s,
        u"Réfléchir à son comportement et à sa place dans le collectif"_s,
    };
    return list;
}

std::span<const QString> transports() {
    static const QString list[] = {
        u"Trajet à pied depuis le domicile ; accompagné par un parent le premier jour"_s,
        u"Bus depuis l'établissement, avec le titre de transport de l'élève"_s,
        u"Accompagné par la CPE depuis l'établissement le premier jour, puis seul à pied"_s,
        u"Transport assuré par la famille"_s,
    };
    return list;
}

std::span<const QString> exclusionMissions() {
    static const QString list[] = {
        u"entretien d'un espace public avec les agents des espaces verts"_s,
        u"action de solidarité à l'épicerie sociale"_s,
        u"aide au service des sports pour la préparation d'un tournoi"_s,
        u"préparation d'une collecte alimentaire avec une association partenaire"_s,
    };
    return list;
}

std::span<const QString> hostInsurers() {
    static const QString list[] = {u"SMACL Assurances"_s, u"MAIF"_s, u"MACIF"_s,  u"Groupama"_s,
                                   u"AXA France"_s,       u"MMA"_s,  u"Allianz"_s};
    return list;
}

std::span<const QString> schoolInsurers() {
    static const QString list[] = {u"MAIF"_s, u"MAE"_s, u"Autonome de Solidarité Laïque"_s};
    return list;
}

std::span<const QString> absenceNotes() {
    static const QString list[] = {u"Absence non justifiée"_s, u"Absent, famille prévenue par la CPE"_s,
                                   u"Ne s'est pas présenté ; famille injoignable"_s};
    return list;
}

std::span<const QString> excusedNotes() {
    static const QString list[] = {u"Certificat médical"_s, u"Rendez-vous médical"_s,
                                   u"Convocation familiale justifiée par écrit"_s};
    return list;
}

std::span<const QString> incidentDescriptions(int incidentKind) {
    static const QString accidents[] = {
        u"Coupure légère à la main lors du rangement ; soins sur place"_s,
        u"Chute sans gravité dans l'escalier ; la famille est venue chercher l'élève"_s,
        u"Entorse à la cheville pendant le déchargement d'un véhicule"_s,
    };
    static const QString absences[] = {
        u"Absent à la séance sans prévenir"_s,
        u"A quitté le lieu d'accueil une heure avant la fin"_s,
    };
    static const QString behaviours[] = {
        u"Refus de suivre les consignes du tuteur"_s,
        u"Propos irrespectueux envers un bénévole"_s,
        u"Utilisation du téléphone malgré plusieurs rappels"_s,
    };
    static const QString others[] = {
        u"Retard de 40 minutes : bus en panne"_s,
        u"Tenue de travail oubliée ; activité adaptée"_s,
    };
    switch (static_cast<IncidentKind>(incidentKind)) {
        case IncidentKind::Accident:
            return accidents;
        case IncidentKind::Absence:
            return absences;
        case IncidentKind::Behaviour:
            return behaviours;
        case IncidentKind::Other:
            break;
    }
    return others;
}

std::span<const QString> reportBehaviours() {
    static const QString list[] = {
        u"Ponctuel, poli et respectueux des consignes"_s,
        u"D'abord réservé, puis ouvert et à l'écoute"_s,
        u"Quelques retards, comportement correct"_s,
        u"Comportement irrégulier, rappels à l'ordre nécessaires"_s,
    };
    return list;
}

std::span<const QString> reportInvolvements() {
    static const QString list[] = {
        u"Très investi, a pris des initiatives"_s,
        u"Investissement réel dans les tâches confiées"_s,
        u"Investissement variable selon les activités"_s,
        u"Peu investi malgré les encouragements"_s,
    };
    return list;
}

std::span<const QString> reportTexts() {
    static const QString list[] = {
        u"L'élève a exprimé un regret sincère et semble avoir compris le sens de la mesure."_s,
        u"Bonne intégration dans l'équipe ; l'élève a demandé à revenir comme bénévole."_s,
        u"La mesure s'est déroulée sans difficulté particulière."_s,
        u"L'élève a eu du mal à accepter le cadre au début ; nette amélioration la dernière semaine."_s,
    };
    return list;
}

}  // namespace passerelle::exchange::demo
