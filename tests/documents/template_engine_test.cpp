#include "passerelle/documents/template_engine.h"

#include <gtest/gtest.h>

using namespace passerelle::documents;
using namespace Qt::Literals::StringLiterals;

TEST(TemplateEngine, EscapesUserTextAndKeepsLineBreaks) {
    const auto html = renderTemplate(u"<p>{{name}}</p>"_s, {{u"name"_s, u"<b>Zoé</b> & \"Cie\"\nligne 2"_s}});
    ASSERT_TRUE(html.ok()) << html.error().message.toStdString();
    EXPECT_EQ(*html, u"<p>&lt;b&gt;Zoé&lt;/b&gt; &amp; &quot;Cie&quot;<br/>ligne 2</p>"_s);
}

TEST(TemplateEngine, WalksDottedKeysIntoMaps) {
    const QVariantMap values{{u"student"_s, QVariantMap{{u"lastName"_s, u"Dupré"_s}}}};
    EXPECT_EQ(*renderTemplate(u"{{ student.lastName }}"_s, values), u"Dupré"_s);
}

TEST(TemplateEngine, RepeatsSectionsForListsWithInnerKeysHidingOuterOnes) {
    const QVariantMap values{
        {u"name"_s, u"dehors"_s},
        {u"rows"_s, QVariantList{QVariantMap{{u"name"_s, u"un"_s}}, QVariantMap{{u"name"_s, u"deux"_s}},
                                 QVariantMap{{u"other"_s, u"x"_s}}}},
    };
    const auto rows = renderTemplate(u"{{#rows}}[{{name}}]{{/rows}}"_s, values);
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    EXPECT_EQ(*rows, u"[un][deux][dehors]"_s);
    const auto items =
        renderTemplate(u"{{#items}}{{.}},{{/items}}"_s, {{u"items"_s, QVariantList{u"a"_s, u"b"_s}}});
    ASSERT_TRUE(items.ok()) << items.error().message.toStdString();
    EXPECT_EQ(*items, u"a,b,"_s);
}

TEST(TemplateEngine, ConditionalAndInvertedSections) {
    const QVariantMap values{{u"yes"_s, true},
                             {u"no"_s, false},
                             {u"empty"_s, QString()},
                             {u"none"_s, QVariantList{}},
                             {u"text"_s, u"t"_s}};
    EXPECT_EQ(*renderTemplate(u"{{#yes}}A{{/yes}}{{#no}}B{{/no}}{{#empty}}C{{/empty}}{{#text}}D{{/text}}"_s,
                              values),
              u"AD"_s);
    EXPECT_EQ(*renderTemplate(u"{{^yes}}A{{/yes}}{{^no}}B{{/no}}{{^empty}}C{{/empty}}{{^none}}E{{/none}}"_s,
                              values),
              u"BCE"_s);
    EXPECT_EQ(*renderTemplate(u"a{{! un commentaire }}b"_s, {}), u"ab"_s);
}

TEST(TemplateEngine, ReportsTemplateMistakes) {
    const auto unknown = renderTemplate(u"{{studnet.name}}"_s, {}, u"t.html"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(u"studnet.name"_s));
    EXPECT_FALSE(renderTemplate(u"{{#a}}x"_s, {{u"a"_s, true}}).ok());
    EXPECT_FALSE(renderTemplate(u"{{#a}}x{{/b}}"_s, {{u"a"_s, true}}).ok());
    EXPECT_FALSE(renderTemplate(u"x {{ a"_s, {{u"a"_s, true}}).ok());
    EXPECT_FALSE(renderTemplate(u"{{list}}"_s, {{u"list"_s, QVariantList{1}}}).ok());
    const auto line = renderTemplate(u"a\nb\n{{/x}}"_s, {});
    ASSERT_FALSE(line.ok());
    EXPECT_TRUE(line.error().message.contains(u"ligne 3"_s)) << line.error().message.toStdString();
}

TEST(TemplateEngine, LoadsCompiledTemplatesAndRefusesUnknownOnes) {
    const auto measure = loadTemplate(u"measure.html"_s);
    ASSERT_TRUE(measure.ok());
    EXPECT_TRUE(measure->contains(u"{{school.uai}}"_s));
    const auto missing = loadTemplate(u"nope.html"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, passerelle::ErrorKind::NotFound);
}
