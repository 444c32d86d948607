// Step 2 of the demo: the students of each school, with classes (6e A .. 3e D, 2nde 1, 1re G1, Tle STMG),
// birth dates that fit the class (a few a year behind or ahead), one or two legal representatives and
// consents.
#include "demo_world.h"

#include <cmath>

namespace passerelle::exchange::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int studentsPerClass = 28;

// The class names of one level: "6e A", "6e B" ... or "2nde 1" ... or "1re G1", "1re G2", "1re STMG".
QStringList classNames(int level, int sections) {
    static const QString collegeLevels[] = {u"6e"_s, u"5e"_s, u"4e"_s, u"3e"_s};
    QStringList names;
    for (int section = 0; section < sections; ++section) {
        if (level < 4) {
            names << collegeLevels[level] + u' ' + QChar(u'A' + section % 26);
        } else if (level == 4) {
            names << u"2nde "_s + QString::number(section + 1);
        } else {
            const QString prefix = level == 5 ? u"1re "_s : u"Tle "_s;
            const bool technological = sections >= 3 && section == sections - 1;
            names << prefix + (technological ? u"STMG"_s : u"G"_s + QString::number(section + 1));
        }
    }
    return names;
}

LegalRepresentative representative(World& w, bool mother, const Name& childLast, const QString& address) {
    const Name& first = w.randomFirstName(mother);
    // Fathers pass on their name; about half of mothers have kept their own.
    const Name& last = !mother || w.random.chance(0.55) ? childLast : w.randomLastName();
    LegalRepresentative rep;
    rep.firstName = first.text;
    rep.lastName = last.text;
    rep.civility = mother ? u"Mme"_s : u"M."_s;
    rep.relation = mother ? u"mère"_s : u"père"_s;
    rep.address = address;
    rep.phone = w.mobile();
    if (w.random.chance(0.75)) {
        rep.email = first.ascii + u'.' + last.ascii +
                    (w.random.chance(0.4) ? QString::number(w.random.between(10, 99)) : QString()) + u'@' +
                    w.random.pick(emailProviders());
    }
    return rep;
}

void addStudent(World& w, const SchoolSite& school, int level, const QString& className) {
    Student student;
    student.id = w.nextStudentId();
    const bool female = w.random.chance(0.5);
    const Name& first = w.randomFirstName(female);
    const Name& last = w.randomLastName();
    student.firstName = first.text;
    student.lastName = last.text;
    // A 6e pupil turns 11 in the calendar year the school year starts; some are a year behind, a few ahead.
    int birthYear = w.calendar.startYear() - 11 - level;
    if (w.random.chance(0.12)) {
        --birthYear;
    } else if (w.random.chance(0.02)) {
        ++birthYear;
    }
    student.birthDate =
        QDate(birthYear, 1, 1).addDays(w.random.between(0, QDate::isLeapYear(birthYear) ? 365 : 364));
    student.className = className;
    student.schoolId = school.id;

    const double draw = w.random.between(0, 999) / 1000.0;
    const int representatives = draw < 0.004 ? 0 : draw < 0.34 ? 1 : 2;  // a few files are incomplete
    const QString address = w.streetAddress(w.towns[school.town].town);
    const bool motherFirst = w.random.chance(0.6);
    for (int i = 0; i < representatives; ++i) {
        LegalRepresentative rep = representative(w, i == 0 ? motherFirst : !motherFirst, last, address);
        if (representatives == 1 && w.random.chance(0.04)) {
            rep.relation = w.random.chance(0.5) ? u"grand-mère"_s : u"tuteur légal"_s;
        }
        student.legalRepresentatives.append(rep);
    }
    student.consents.followUp = w.random.chance(0.88);
    student.consents.image = w.random.chance(0.72);
    w.dataset.students.append(student);
}

}  // namespace

void addStudents(World& w) {
    w.dataset.students.reserve(w.requestedStudents);
    for (SchoolSite& school : w.schools) {
        school.firstStudent = w.dataset.students.size();
        const int firstLevel = school.lycee ? 4 : 0;
        const int levels = school.lycee ? 3 : 4;
        for (int l = 0; l < levels; ++l) {
            // Levels share the students evenly; the first ones take the remainder.
            const qsizetype count = school.studentCount / levels + (l < school.studentCount % levels ? 1 : 0);
            const int sections =
                std::max(1, static_cast<int>(std::lround(static_cast<double>(count) / studentsPerClass)));
            const QStringList names = classNames(firstLevel + l, sections);
            for (qsizetype k = 0; k < count; ++k)
                addStudent(w, school, firstLevel + l, names[k % sections]);
        }
    }
}

}  // namespace passerelle::exchange::demo
