#include "passerelle/exchange/siecle.h"
#include "siecle_xml.h"

#include "passerelle/domain/input_limits.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::exchange {
namespace {

using siecle::XmlRecord;

// Outside the records, the document nests a few levels (BEE_ELEVES, DONNEES, ELEVES); a hostile one may nest
// as deep as it likes, we stop here.
constexpr int kMaxDocumentDepth = 64;

struct FileReader {
    const QString& name;
    SiecleData& data;
    // BEE_ELEVES
    QList<XmlRecord> eleves;
    QHash<QString, QString> classes;  // ELEVE_ID → CODE_STRUCTURE of the D structure
    // BEE_RESPONSABLES
    QHash<QString, XmlRecord> personnes;
    QHash<QString, XmlRecord> adresses;
    QList<XmlRecord> links;

    void error(int line, const QString& message, const QString& id = {}, const QString& person = {}) {
        data.errors.append({name, line, id, person, message});
    }
    void warning(int line, const QString& message, const QString& id = {}, const QString& person = {}) {
        data.warnings.append({name, line, id, person, message});
    }

    // dd/mm/yyyy, within the years any date may have; nothing for an empty text, an invalid date (and an
    // error) otherwise.
    QDate date(const XmlRecord& record, const QString& key, const QString& id, const QString& person) {
        const QString text = record.value(key);
        if (text.isEmpty())
            return {};
        static const QRegularExpression shape(u"^(\\d{2})/(\\d{2})/(\\d{4})$"_s);
        const QRegularExpressionMatch match = shape.match(text);
        QDate date;
        if (match.hasMatch())
            date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        if (!date.isValid() || date.year() < input::kFirstYear || date.year() > input::kLastYear) {
            error(record.lineOf(key), u"%1 is not a date (dd/mm/yyyy): \"%2\""_s.arg(key, text.left(40)), id,
                  person);
            return {};
        }
        return date;
    }

    // A name, phone or class: at most input::kMaxNameLength characters.
    QString name200(const XmlRecord& record, const QString& key, const QString& id, const QString& person) {
        const QString text = record.value(key);
        if (text.size() > input::kMaxNameLength) {
            error(record.lineOf(key),
                  u"%1 is longer than %2 characters"_s.arg(key).arg(input::kMaxNameLength), id, person);
            return text.left(input::kMaxNameLength);
        }
        return text;
    }

    void takeRecord(XmlRecord&& record) {
        if (record.name == u"PARAMETRES"_s) {
            const QString uai = record.value(u"UAJ"_s);
            if (uai.isEmpty() || uai.size() > input::kMaxNameLength)
                return;
            if (data.uai.isEmpty())
                data.uai = uai;
            else if (uai.compare(data.uai, Qt::CaseInsensitive) != 0 && !data.otherUais.contains(uai))
                data.otherUais.append(uai);
        } else if (record.name == u"ELEVE"_s) {
            eleves.append(std::move(record));
        } else if (record.name == u"STRUCTURES_ELEVE"_s) {
            const QString id = record.value(u"ELEVE_ID"_s);
            for (const XmlRecord& structure : std::as_const(record.children)) {
                if (structure.value(u"TYPE_STRUCTURE"_s) == u"D"_s)
                    classes.insert(id, name200(structure, u"CODE_STRUCTURE"_s, id, {}));
            }
        } else if (record.name == u"PERSONNE"_s) {
            const QString id = record.value(u"PERSONNE_ID"_s);
            personnes.insert(id, std::move(record));
        } else if (record.name == u"ADRESSE"_s) {
            const QString id = record.value(u"ADRESSE_ID"_s);
            adresses.insert(id, std::move(record));
        } else if (record.name == u"RESPONSABLE_ELEVE"_s) {
            links.append(std::move(record));
        }
    }

    void assembleStudents() {
        QSet<QString> known;
        for (const Student& student : std::as_const(data.students))
            known.insert(student.siecleId);
        for (const XmlRecord& eleve : std::as_const(eleves)) {
            const QString id = eleve.value(u"ELEVE_ID"_s);
            const QString usage = eleve.value(u"NOM_USAGE"_s);
            QString family = eleve.value(u"NOM_DE_FAMILLE"_s);
            if (family.isEmpty())
                family = eleve.value(u"NOM"_s);
            const QString person = (usage.isEmpty() ? family : usage) + u' ' + eleve.value(u"PRENOM"_s);
            if (id.isEmpty()) {
                error(eleve.line, u"a student without ELEVE_ID"_s, {}, person.trimmed());
                continue;
            }
            if (id.size() > input::kMaxIdLength) {
                error(eleve.line, u"ELEVE_ID is longer than %1 characters"_s.arg(input::kMaxIdLength), {},
                      person.trimmed());
                continue;
            }
            if (known.contains(id)) {
                warning(eleve.line, u"the student appears twice; the first one is kept"_s, id,
                        person.trimmed());
                continue;
            }
            known.insert(id);
            Student student;
            student.siecleId = id;
            student.firstName = name200(eleve, u"PRENOM"_s, id, person);
            student.lastName =
                name200(eleve,
                        usage.isEmpty()
                            ? (eleve.values.contains(u"NOM_DE_FAMILLE"_s) ? u"NOM_DE_FAMILLE"_s : u"NOM"_s)
                            : u"NOM_USAGE"_s,
                        id, person);
            if (!usage.isEmpty() && family.compare(usage, Qt::CaseInsensitive) != 0)
                student.familyName = family.left(input::kMaxNameLength);
            if (student.lastName.isEmpty())
                error(eleve.line, u"the student has no name (NOM_USAGE, NOM_DE_FAMILLE)"_s, id,
                      person.trimmed());
            student.ine = name200(eleve, u"ID_NATIONAL"_s, id, person);
            if (student.ine.isEmpty())
                student.ine = name200(eleve, u"INE_BEA"_s, id, person);
            student.birthDate = date(eleve, u"DATE_NAISS"_s, id, person.trimmed());
            student.leftOn = date(eleve, u"DATE_SORTIE"_s, id, person.trimmed());
            student.className = classes.value(id);
            data.students.append(std::move(student));
        }
    }

    static QString civility(const QString& text) {
        const QString upper = text.trimmed().toUpper();
        if (upper == u"M."_s || upper == u"M"_s || upper == u"MR"_s || upper == u"MONSIEUR"_s)
            return u"M."_s;
        if (upper == u"MME"_s || upper == u"MLLE"_s || upper == u"MADAME"_s)
            return u"Mme"_s;
        return {};
    }

    QString address(const QString& id) {
        const auto found = adresses.constFind(id);
        if (id.isEmpty() || found == adresses.constEnd())
            return {};
        QStringList parts;
        for (const QString& key :
             {u"LIGNE1_ADRESSE"_s, u"LIGNE2_ADRESSE"_s, u"LIGNE3_ADRESSE"_s, u"LIGNE4_ADRESSE"_s}) {
            const QString line = found->value(key).simplified();
            if (!line.isEmpty())
                parts.append(line);
        }
        QString town = found->value(u"LIBELLE_POSTAL"_s).simplified();
        if (town.isEmpty())
            town = found->value(u"COMMUNE_RATTACHEMENT"_s).simplified();
        const QString postcodeAndTown =
            QString(found->value(u"CODE_POSTAL"_s).simplified() + u' ' + town).trimmed();
        if (!postcodeAndTown.isEmpty())
            parts.append(postcodeAndTown);
        const QString country = found->value(u"LL_PAYS"_s).simplified();
        if (!country.isEmpty() && country.compare(u"FRANCE"_s, Qt::CaseInsensitive) != 0)
            parts.append(country);
        return parts.join(u", "_s).left(input::kMaxFreeTextLength);
    }

    void assembleLinks() {
        for (const XmlRecord& link : std::as_const(links)) {
            const QString level = link.value(u"NIVEAU_RESPONSABILITE"_s);
            const QString legal = link.value(u"RESP_LEGAL"_s);
            const bool isLegal = level.isEmpty() ? (legal == u"1"_s || legal == u"2"_s) : level == u"1"_s;
            if (!isLegal)
                continue;
            const QString studentId = link.value(u"ELEVE_ID"_s);
            const QString personId = link.value(u"PERSONNE_ID"_s);
            const auto found = personnes.constFind(personId);
            if (studentId.isEmpty() || personId.isEmpty() || found == personnes.constEnd()) {
                warning(
                    link.line,
                    personId.isEmpty() || studentId.isEmpty()
                        ? u"a RESPONSABLE_ELEVE without ELEVE_ID or PERSONNE_ID is skipped"_s
                        : u"the representative %1 is not among PERSONNES; skipped"_s.arg(personId.left(64)),
                    studentId.left(64));
                continue;
            }
            const XmlRecord& personne = *found;
            LegalRepresentative representative;
            representative.siecleId = personId.left(input::kMaxIdLength);
            QString last = personne.value(u"NOM_USAGE"_s);
            const QString lastKey = !last.isEmpty()                                 ? u"NOM_USAGE"_s
                                    : personne.values.contains(u"NOM_DE_FAMILLE"_s) ? u"NOM_DE_FAMILLE"_s
                                                                                    : u"NOM"_s;
            representative.lastName = name200(personne, lastKey, studentId, {});
            representative.firstName = name200(personne, u"PRENOM"_s, studentId, {});
            representative.civility = civility(personne.value(u"LC_CIVILITE"_s));
            representative.relation = siecleRelation(link.value(u"CODE_PARENTE"_s));
            representative.phone = name200(personne, u"TEL_PORTABLE"_s, studentId, {});
            if (representative.phone.isEmpty())
                representative.phone = name200(personne, u"TEL_PERSONNEL"_s, studentId, {});
            representative.email = name200(personne, u"MEL"_s, studentId, {});
            representative.address = address(personne.value(u"ADRESSE_ID"_s));
            data.links.append({studentId.left(input::kMaxIdLength), representative, name, link.line});
        }
    }
};

}  // namespace

void readSiecleXml(const QByteArray& bytes, const QString& name, SiecleData& into) {
    FileReader reader{name, into, {}, {}, {}, {}, {}};
    QXmlStreamReader xml(bytes);
    QString root;
    int depth = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (root.isEmpty()) {
                root = xml.name().toString();
                if (root != u"BEE_ELEVES"_s && root != u"BEE_RESPONSABLES"_s) {
                    reader.error(
                        int(xml.lineNumber()),
                        u"not a SIECLE export: the root is <%1>, not <BEE_ELEVES> or <BEE_RESPONSABLES>"_s
                            .arg(root.left(64)));
                    return;
                }
                ++depth;
                continue;
            }
            const QStringView element = xml.name();
            const bool isRecord =
                element == u"PARAMETRES"_s ||
                (root == u"BEE_ELEVES"_s && (element == u"ELEVE"_s || element == u"STRUCTURES_ELEVE"_s)) ||
                (root == u"BEE_RESPONSABLES"_s &&
                 (element == u"PERSONNE"_s || element == u"ADRESSE"_s || element == u"RESPONSABLE_ELEVE"_s));
            if (isRecord) {
                siecle::XmlRecord record;
                if (siecle::readRecord(xml, record))
                    reader.takeRecord(std::move(record));
                continue;
            }
            if (++depth > kMaxDocumentDepth)
                xml.raiseError(u"elements nest too deep"_s);
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.hasError()) {
        reader.error(int(xml.lineNumber()), u"not well-formed XML: %1"_s.arg(xml.errorString()));
        return;
    }
    if (root.isEmpty()) {
        reader.error(0, u"not a SIECLE export: no XML element"_s);
        return;
    }
    if (root == u"BEE_ELEVES"_s) {
        into.hasStudents = true;
        reader.assembleStudents();
    } else {
        into.hasRepresentatives = true;
        reader.assembleLinks();
    }
}

}  // namespace passerelle::exchange
