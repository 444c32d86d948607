#pragma once

// The bounds of every value a user or a file may give Passerelle (issue 10, "Bounded input"). They are not
// the law (that is rules/limits.h): they keep a hostile or mistyped value from making any computation, any
// document or any screen grow without end, and they are chosen from real use, with room to spare. The
// exchange reader refuses a value outside them (exit 2, naming the record and the key), and the editors'
// fields cannot hold one. docs/exchange-format.md ("Limits") lists them for outside tools.

namespace passerelle::input {

struct IntRange {
    int min;
    int max;
    constexpr bool contains(int value) const { return value >= min && value <= max; }
};

// Numbers.
inline constexpr IntRange kMonths{0, 120};         // noticeMonths, breachNoticeMonths, reviewEveryMonths
inline constexpr IntRange kDurationYears{0, 99};   // an agreement's duration
inline constexpr IntRange kHours{0, 8760};         // partnerNoticeHours: at most a year
inline constexpr IntRange kCopies{1, 20};          // copies of an agreement to sign
inline constexpr IntRange kGroupSize{0, 500};      // groupSize.min / max
inline constexpr IntRange kExclusionDays{0, 365};  // the exclusion a measure replaces (the law says 8)
inline constexpr IntRange kArticleNumber{0, 999};  // clauses[].number, amendments[].number

// Dates: every date and date-time lies within these years, so no calendar walk can run for ever.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

// Texts, in characters (UTF-16 code units, as QString::size() counts them).
inline constexpr int kMaxIdLength = 64;           // any id, and any reference to one
inline constexpr int kMaxNameLength = 200;        // names, titles, roles, phones, e-mails, classes, UAI
inline constexpr int kMaxFreeTextLength = 20000;  // objectives, clauses, notes, reports, addresses
inline constexpr int kMaxIneLength = 20;          // a student's INE: 11 characters, with room for a typo

// Lists inside one record: far above any real record, far below what would exhaust memory.
inline constexpr int kMaxListItems = 1000;  // slots, sessions, attendance, clauses, parties ...

// One record as a whole, in bytes of exchange-format JSON: its texts and lists may not all be at their
// bounds at once. 1 MiB prints about 500 pages in about 2 s; a seed agreement is 30 KB, a measure followed
// for a whole year with notes 60 KB.
inline constexpr int kMaxRecordBytes = 1024 * 1024;

// A measure's dates span at most this many days (a school year and its summer): its expected sessions, its
// follow-up table and its attendance sheet are walked day by day.
inline constexpr int kMaxMeasureDays = 400;

// The text of an exchange file. The format itself nests 7 levels deep (top, list, record, sessions, session,
// attendance, entry); extra data under unknown keys may nest a little more, never enough to exhaust a stack.
inline constexpr int kMaxNestingDepth = 64;
// Far above the export of a whole département; small enough that every line and column fits an int.
inline constexpr long long kMaxFileBytes = 1LL << 30;  // 1 GiB

}  // namespace passerelle::input
