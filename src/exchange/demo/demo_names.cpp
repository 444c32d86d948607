#include "demo_names.h"

#include <QStringList>

#include <vector>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

std::vector<Name> named(const QStringList& texts) {
    std::vector<Name> names;
    names.reserve(static_cast<std::size_t>(texts.size()));
    for (const QString& text : texts)
        names.push_back({text, asciiFold(text)});
    return names;
}

}  // namespace

QString asciiFold(const QString& text) {
    QString spelt = text;
    spelt.replace(u"œ"_s, u"oe"_s).replace(u"Œ"_s, u"Oe"_s).replace(u"æ"_s, u"ae"_s).replace(u"Æ"_s, u"Ae"_s);
    const QString decomposed = spelt.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;  // the accents, split off by the decomposition
        if (c == u' ' || c == u'\'' || c == u'\u2019')
            continue;
        result.append(c.toLower());
    }
    return result;
}

QString ofTown(const QString& town) {
    if (town.startsWith(u"Le "_s))
        return u"du "_s + town.mid(3);
    if (town.startsWith(u"Les "_s))
        return u"des "_s + town.mid(4);
    if (town.startsWith(u"L'"_s) || town.startsWith(u"La "_s))
        return u"de "_s + town;
    static const QString vowels = u"AEÉIOUY"_s;
    if (!town.isEmpty() && vowels.contains(town.front()))
        return u"d'"_s + town;
    return u"de "_s + town;
}

std::span<const Name> femaleFirstNames() {
    static const std::vector<Name> names = named({
        u"Hélène"_s,  u"Zoé"_s,      u"Noémie"_s,    u"Lætitia"_s,   u"Chloé"_s,    u"Maëlys"_s,
        u"Léa"_s,     u"Inès"_s,     u"Anaïs"_s,     u"Océane"_s,    u"Clémence"_s, u"Bérénice"_s,
        u"Éloïse"_s,  u"Maïwenn"_s,  u"Joséphine"_s, u"Agnès"_s,     u"Solène"_s,   u"Célia"_s,
        u"Amélie"_s,  u"Léna"_s,     u"Jade"_s,      u"Emma"_s,      u"Louise"_s,   u"Alice"_s,
        u"Manon"_s,   u"Camille"_s,  u"Sarah"_s,     u"Yasmine"_s,   u"Aïcha"_s,    u"Fatoumata"_s,
        u"Naïma"_s,   u"Mélissa"_s,  u"Lucie"_s,     u"Juliette"_s,  u"Margaux"_s,  u"Élise"_s,
        u"Rose"_s,    u"Ambre"_s,    u"Lina"_s,      u"Mila"_s,      u"Nour"_s,     u"Salomé"_s,
        u"Romane"_s,  u"Capucine"_s, u"Maëva"_s,     u"Kenza"_s,     u"Awa"_s,      u"Héloïse"_s,
        u"Gaëlle"_s,  u"Cécile"_s,   u"Véronique"_s, u"Stéphanie"_s, u"Sylvie"_s,   u"Nathalie"_s,
        u"Valérie"_s, u"Isabelle"_s, u"Sophie"_s,    u"Aurélie"_s,   u"Élodie"_s,   u"Karima"_s,
        u"Mariama"_s, u"Linh"_s,
    });
    return names;
}

std::span<const Name> maleFirstNames() {
    static const std::vector<Name> names = named({
        u"Léo"_s,     u"Noé"_s,      u"Raphaël"_s, u"Gaël"_s,     u"Loïc"_s,      u"Anaël"_s,
        u"Mathéo"_s,  u"Timothée"_s, u"Jérémy"_s,  u"Théo"_s,     u"Lucas"_s,     u"Hugo"_s,
        u"Nathan"_s,  u"Adam"_s,     u"Mohamed"_s, u"Ibrahim"_s,  u"Mamadou"_s,   u"Rayan"_s,
        u"Yanis"_s,   u"Ilyès"_s,    u"Kylian"_s,  u"Enzo"_s,     u"Louis"_s,     u"Gabriel"_s,
        u"Arthur"_s,  u"Jules"_s,    u"Bastien"_s, u"Clément"_s,  u"Grégoire"_s,  u"Benoît"_s,
        u"Joël"_s,    u"Aurélien"_s, u"Cédric"_s,  u"Jérôme"_s,   u"Sébastien"_s, u"Amine"_s,
        u"Moussa"_s,  u"Sacha"_s,    u"Maxime"_s,  u"Baptiste"_s, u"Éthan"_s,     u"Ismaël"_s,
        u"Nolan"_s,   u"Tom"_s,      u"Malo"_s,    u"Youssef"_s,  u"Aymeric"_s,   u"François"_s,
        u"Hervé"_s,   u"Frédéric"_s, u"Thierry"_s, u"Olivier"_s,  u"Nicolas"_s,   u"Stéphane"_s,
        u"Patrice"_s, u"Karim"_s,    u"Tonino"_s,  u"Étienne"_s,  u"Mehdi"_s,     u"Quentin"_s,
        u"Minh"_s,
    });
    return names;
}

std::span<const Name> lastNames() {
    static const std::vector<Name> names = named({
        u"Martin"_s,   u"Bernard"_s,  u"Dubois"_s,       u"Thomas"_s,    u"Robert"_s,     u"Richard"_s,
        u"Petit"_s,    u"Durand"_s,   u"Leroy"_s,        u"Moreau"_s,    u"Simon"_s,      u"Laurent"_s,
        u"Lefèvre"_s,  u"Michel"_s,   u"Garcia"_s,       u"David"_s,     u"Bertrand"_s,   u"Roux"_s,
        u"Vincent"_s,  u"Fournier"_s, u"Morel"_s,        u"Girard"_s,    u"André"_s,      u"Mercier"_s,
        u"Dupont"_s,   u"Lambert"_s,  u"Bonnet"_s,       u"François"_s,  u"Martinez"_s,   u"Legrand"_s,
        u"Garnier"_s,  u"Faure"_s,    u"Rousseau"_s,     u"Blanc"_s,     u"Guérin"_s,     u"Muller"_s,
        u"Henry"_s,    u"Roussel"_s,  u"Nicolas"_s,      u"Perrin"_s,    u"Morin"_s,      u"Mathieu"_s,
        u"Clément"_s,  u"Gauthier"_s, u"Dumont"_s,       u"Lopez"_s,     u"Fontaine"_s,   u"Chevalier"_s,
        u"Robin"_s,    u"Masson"_s,   u"Sanchez"_s,      u"Gérard"_s,    u"Nguyen"_s,     u"Boyer"_s,
        u"Denis"_s,    u"Lemaire"_s,  u"Duval"_s,        u"Joly"_s,      u"Gautier"_s,    u"Roger"_s,
        u"Roche"_s,    u"Roy"_s,      u"Noël"_s,         u"Meyer"_s,     u"Lucas"_s,      u"Meunier"_s,
        u"Pérez"_s,    u"Marchand"_s, u"Dufour"_s,       u"Blanchard"_s, u"Barbier"_s,    u"Brun"_s,
        u"Dumas"_s,    u"Brunet"_s,   u"Schmitt"_s,      u"Leroux"_s,    u"Colin"_s,      u"Fernandez"_s,
        u"Renard"_s,   u"Arnaud"_s,   u"Rolland"_s,      u"Caron"_s,     u"Aubert"_s,     u"Giraud"_s,
        u"Leclerc"_s,  u"Vidal"_s,    u"Bourgeois"_s,    u"Renaud"_s,    u"Lemoine"_s,    u"Picard"_s,
        u"Gaillard"_s, u"Lacroix"_s,  u"Fabre"_s,        u"Dupuis"_s,    u"Olivier"_s,    u"Da Silva"_s,
        u"Hubert"_s,   u"Rivière"_s,  u"Le Gall"_s,      u"Guillaume"_s, u"Moulin"_s,     u"Berger"_s,
        u"Lecomte"_s,  u"Ménard"_s,   u"Fleury"_s,       u"Deschamps"_s, u"Carpentier"_s, u"Benoît"_s,
        u"Maillard"_s, u"Aubry"_s,    u"Vasseur"_s,      u"Le Roux"_s,   u"Prévost"_s,    u"Poirier"_s,
        u"Huet"_s,     u"Carré"_s,    u"Rémy"_s,         u"Traoré"_s,    u"Diallo"_s,     u"Koné"_s,
        u"Benali"_s,   u"Haddad"_s,   u"Mansouri"_s,     u"Bensaïd"_s,   u"Aït Ahmed"_s,  u"Cœur"_s,
        u"Lecœur"_s,   u"Bœuf"_s,     u"Hébert"_s,       u"Lemaître"_s,  u"Bénard"_s,     u"Béranger"_s,
        u"Brûlé"_s,    u"Crépin"_s,   u"Dupré"_s,        u"Lefèbvre"_s,  u"Séguin"_s,     u"Tessier"_s,
        u"Ancher"_s,   u"Panetta"_s,  u"Dequatremare"_s, u"Labaye"_s,    u"Ouédraogo"_s,  u"Tran"_s,
        u"Pham"_s,     u"Kaya"_s,     u"Yilmaz"_s,
    });
    return names;
}

std::span<const Town> valDeMarneTowns() {
    static const std::vector<Town> towns = [] {
        const std::vector<std::pair<QString, QString>> list{
            {u"Choisy-le-Roi"_s, u"94600"_s},
            {u"Ivry-sur-Seine"_s, u"94200"_s},
            {u"Vitry-sur-Seine"_s, u"94400"_s},
            {u"Créteil"_s, u"94000"_s},
            {u"Champigny-sur-Marne"_s, u"94500"_s},
            {u"Saint-Maur-des-Fossés"_s, u"94100"_s},
            {u"Villejuif"_s, u"94800"_s},
            {u"Maisons-Alfort"_s, u"94700"_s},
            {u"Fontenay-sous-Bois"_s, u"94120"_s},
            {u"Vincennes"_s, u"94300"_s},
            {u"Alfortville"_s, u"94140"_s},
            {u"Orly"_s, u"94310"_s},
            {u"L'Haÿ-les-Roses"_s, u"94240"_s},
            {u"Le Kremlin-Bicêtre"_s, u"94270"_s},
            {u"Villeneuve-Saint-Georges"_s, u"94190"_s},
            {u"Thiais"_s, u"94320"_s},
            {u"Cachan"_s, u"94230"_s},
            {u"Nogent-sur-Marne"_s, u"94130"_s},
            {u"Arcueil"_s, u"94110"_s},
            {u"Gentilly"_s, u"94250"_s},
            {u"Fresnes"_s, u"94260"_s},
            {u"Charenton-le-Pont"_s, u"94220"_s},
            {u"Le Perreux-sur-Marne"_s, u"94170"_s},
            {u"Bonneuil-sur-Marne"_s, u"94380"_s},
            {u"Sucy-en-Brie"_s, u"94370"_s},
            {u"Villiers-sur-Marne"_s, u"94350"_s},
            {u"Limeil-Brévannes"_s, u"94450"_s},
            {u"Chevilly-Larue"_s, u"94550"_s},
            {u"Villeneuve-le-Roi"_s, u"94290"_s},
            {u"Joinville-le-Pont"_s, u"94340"_s},
            {u"Saint-Mandé"_s, u"94160"_s},
            {u"Bry-sur-Marne"_s, u"94360"_s},
            {u"Le Plessis-Trévise"_s, u"94420"_s},
            {u"Chennevières-sur-Marne"_s, u"94430"_s},
            {u"Boissy-Saint-Léger"_s, u"94470"_s},
            {u"Valenton"_s, u"94460"_s},
            {u"La Queue-en-Brie"_s, u"94510"_s},
            {u"Ormesson-sur-Marne"_s, u"94490"_s},
            {u"Saint-Maurice"_s, u"94410"_s},
            {u"Rungis"_s, u"94150"_s},
            {u"Villecresnes"_s, u"94440"_s},
            {u"Ablon-sur-Seine"_s, u"94480"_s},
            {u"Noiseau"_s, u"94880"_s},
            {u"Mandres-les-Roses"_s, u"94520"_s},
            {u"Marolles-en-Brie"_s, u"94440"_s},
            {u"Périgny"_s, u"94520"_s},
            {u"Santeny"_s, u"94440"_s},
        };
        std::vector<Town> result;
        for (const auto& [name, postcode] : list)
            result.push_back({name, postcode, asciiFold(name)});
        return result;
    }();
    return towns;
}

std::span<const QString> streets() {
    static const QString list[] = {
        u"rue de la République"_s,
        u"avenue Jean Jaurès"_s,
        u"rue Victor Hugo"_s,
        u"allée des Tilleuls"_s,
        u"boulevard de Stalingrad"_s,
        u"rue Gabriel Péri"_s,
        u"place du Marché"_s,
        u"rue Pasteur"_s,
        u"avenue de Verdun"_s,
        u"rue des Écoles"_s,
        u"chemin des Vignes"_s,
        u"rue de l'Église"_s,
        u"impasse des Lilas"_s,
        u"rue Émile Zola"_s,
        u"quai de la Marne"_s,
        u"rue du Général de Gaulle"_s,
        u"avenue Paul Vaillant-Couturier"_s,
        u"rue Anatole France"_s,
        u"rue Armand Noblet"_s,
        u"avenue des Chalets"_s,
        u"rue de la Paix"_s,
        u"rue Louise Michel"_s,
        u"avenue de la Libération"_s,
        u"rue des Peupliers"_s,
        u"rue Danielle Casanova"_s,
        u"square des Érables"_s,
        u"rue du Moulin"_s,
        u"avenue Henri Barbusse"_s,
        u"rue Marcel Cachin"_s,
        u"résidence Les Hautes-Bruyères"_s,
    };
    return list;
}

std::span<const QString> collegePatrons() {
    static const QString list[] = {
        u"Henri Matisse"_s,       u"Molière"_s,           u"Jean Moulin"_s,
        u"Simone Veil"_s,         u"Paul Éluard"_s,       u"Jules Ferry"_s,
        u"Victor Hugo"_s,         u"Louise Michel"_s,     u"Pierre et Marie Curie"_s,
        u"Albert Camus"_s,        u"Jean Macé"_s,         u"Gustave Courbet"_s,
        u"Émile Zola"_s,          u"Françoise Dolto"_s,   u"Georges Brassens"_s,
        u"Lucie Aubrac"_s,        u"Germaine Tillion"_s,  u"Jean Jaurès"_s,
        u"Condorcet"_s,           u"Danielle Casanova"_s, u"Paul Langevin"_s,
        u"Romain Rolland"_s,      u"Jacques Prévert"_s,   u"Antoine de Saint-Exupéry"_s,
        u"Marcel Pagnol"_s,       u"Camille Claudel"_s,   u"Olympe de Gouges"_s,
        u"Aimé Césaire"_s,        u"Henri Wallon"_s,      u"Pablo Picasso"_s,
        u"Rosa Parks"_s,          u"Nelson Mandela"_s,    u"Honoré de Balzac"_s,
        u"Jean de La Fontaine"_s, u"Édouard Herriot"_s,   u"Frédéric Joliot-Curie"_s,
        u"Léon Blum"_s,           u"Gérard Philipe"_s,    u"Anne Frank"_s,
        u"Gisèle Halimi"_s,
    };
    return list;
}

std::span<const QString> lyceePatrons() {
    static const QString list[] = {
        u"Marcelin Berthelot"_s, u"Eugène Delacroix"_s,
        u"Romain Rolland"_s,     u"Gutenberg"_s,
        u"Darius Milhaud"_s,     u"Guillaume Apollinaire"_s,
        u"Paul Bert"_s,          u"Hector Berlioz"_s,
        u"Louise Michel"_s,      u"Maximilien Perret"_s,
        u"Adolphe Chérioux"_s,   u"Édouard Branly"_s,
        u"Langevin-Wallon"_s,    u"Frédéric Mistral"_s,
        u"George Sand"_s,        u"Marguerite Yourcenar"_s,
        u"Pablo Neruda"_s,       u"Champlain"_s,
        u"François Arago"_s,     u"Léonard de Vinci"_s,
        u"Christophe Colomb"_s,  u"Gabriel Fauré"_s,
        u"Jean Macé"_s,          u"Hélène Boucher"_s,
    };
    return list;
}

std::span<const AssociationName> socioculturalAssociations() {
    static const AssociationName list[] = {
        {u"ALCEJ"_s, u"Association loisirs culture enfance jeunesse"_s},
        {u"MJC"_s, u"Maison des jeunes et de la culture"_s},
        {u"ACJ"_s, u"Association culture et jeunesse"_s},
        {u"CSC"_s, u"Centre socioculturel"_s},
        {u"AJE"_s, u"Association jeunesse et éducation populaire"_s},
    };
    return list;
}

std::span<const AssociationName> preventionAssociations() {
    static const AssociationName list[] = {
        {u"APRE"_s, u"Association de prévention spécialisée et de réussite éducative"_s},
        {u"APSI"_s, u"Association de prévention et de soutien à l'insertion"_s},
        {u"AVEJ"_s, u"Association pour la vie éducative des jeunes"_s},
        {u"OPEJ"_s, u"Œuvre de protection de l'enfance et de la jeunesse"_s},
    };
    return list;
}

std::span<const QString> emailProviders() {
    static const QString list[] = {u"gmail.com"_s,  u"orange.fr"_s, u"free.fr"_s,  u"laposte.net"_s,
                                   u"hotmail.fr"_s, u"sfr.fr"_s,    u"yahoo.fr"_s, u"outlook.fr"_s};
    return list;
}

}  // namespace passerelle::exchange::demo
