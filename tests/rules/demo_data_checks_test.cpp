// The checker over the demo generator's data (exchange layer, linked by this test only): a département-sized
// dataset as the CLI and the GUI will see it.
#include "passerelle/exchange/demo_data.h"
#include "passerelle/rules/checks.h"
#include "passerelle/rules/deadlines.h"
#include "passerelle/rules/rule_ids.h"

#include "fixtures.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>

using namespace passerelle;
using namespace passerelle::rules;
using namespace Qt::Literals::StringLiterals;

TEST(DemoDataChecks, EveryFindingIsWellFormedAndStable) {
    const Dataset dataset =
        exchange::generateDemo({.seed = 7, .students = 20000, .today = test::fixedToday()});
    ASSERT_GE(dataset.students.size(), 20000);
    ASSERT_FALSE(dataset.measures.isEmpty());

    QElapsedTimer timer;
    timer.start();
    const Findings findings = checkDataset(dataset, test::fixedToday());
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6;

    QMap<QString, int> perRule;
    for (const Finding& finding : findings)
        ++perRule[finding.rule];
    std::printf(
        "[ figures  ] demo: %lld students, %lld measures, %lld agreements, %lld groups: %lld findings in "
        "%.1f ms\n",
        static_cast<long long>(dataset.students.size()), static_cast<long long>(dataset.measures.size()),
        static_cast<long long>(dataset.agreements.size()), static_cast<long long>(dataset.groups.size()),
        static_cast<long long>(findings.size()), milliseconds);
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
        std::printf("[ figures  ]   %s: %d\n", qPrintable(it.key()), it.value());
    }

    const QStringList contract = allRuleIds();
    const QSet<QString> ruleIds(contract.cbegin(), contract.cend());
    const QSet<QString> entities{u"measure"_s, u"agreement"_s, u"group"_s};
    for (const Finding& finding : findings) {
        EXPECT_TRUE(ruleIds.contains(finding.rule)) << finding.rule.toStdString();
        EXPECT_TRUE(entities.contains(finding.entity)) << finding.entity.toStdString();
        EXPECT_FALSE(finding.id.isEmpty());
        EXPECT_FALSE(finding.field.isEmpty()) << finding.rule.toStdString();
        EXPECT_FALSE(finding.message.isEmpty());
        EXPECT_FALSE(finding.reference.isEmpty());
        EXPECT_EQ(finding.date.isValid(), finding.rule.startsWith(u"DEADLINE-"_s))
            << finding.rule.toStdString();
    }
    EXPECT_EQ(checkDataset(dataset, test::fixedToday()), findings);

    // The deadline list and the deadline findings agree over the default horizon.
    const QList<Deadline> deadlines = upcomingDeadlines(dataset, test::fixedToday(), 90);
    qsizetype deadlineFindings = 0;
    for (const Finding& finding : findings)
        deadlineFindings += finding.rule.startsWith(u"DEADLINE-"_s) ? 1 : 0;
    EXPECT_EQ(deadlines.size(), deadlineFindings);
    for (qsizetype index = 1; index < deadlines.size(); ++index) {
        EXPECT_LE(deadlines[index - 1].date, deadlines[index].date);
    }
}
