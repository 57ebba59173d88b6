#include "expr/date_pattern.h"

#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <stdexcept>
#include <string_view>

namespace formwork::expr {

namespace {

// The pattern letters of a calendar date (UTS #35 §4). Every other ASCII
// letter is a time, zone or week field, which an ISO date does not carry.
constexpr std::string_view kDateLetters = "yMLdE";

std::string letter_problem(char c) {
  std::string msg = std::string("'") + c + "' is not a date field of a date pattern";
  if (c == 'm') msg += " ('m' is minutes; the month is 'M')";
  if (c == 'Y') msg += " ('Y' is the week-based year; the year is 'y')";
  if (c == 'D') msg += " ('D' is the day of the year; the day of the month is 'd')";
  return msg + "; date fields are y M L d E, literal text goes between apostrophes";
}

void check_letters(const std::string& pattern) {
  bool quoted = false;
  for (char c : pattern) {
    if (c == '\'') {
      quoted = !quoted;
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!quoted && letter && kDateLetters.find(c) == std::string_view::npos)
      throw std::invalid_argument(letter_problem(c));
  }
}

}  // namespace

std::string format_date_pattern(const IsoDate& date, const std::string& pattern,
                                const std::string& locale) {
  check_letters(pattern);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc(locale.c_str());
  if (loc.isBogus()) throw std::invalid_argument("unknown locale '" + locale + "'");
  icu::SimpleDateFormat fmt(icu::UnicodeString::fromUTF8(pattern), loc, status);
  if (U_FAILURE(status)) throw std::invalid_argument("bad date pattern '" + pattern + "'");
  // UTC and a Gregorian calendar without the 1582 Julian switch, so the
  // date printed is the date given, for any year.
  auto calendar =
      std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(), loc, status);
  if (U_FAILURE(status)) throw std::invalid_argument("no Gregorian calendar for '" + locale + "'");
  calendar->setGregorianChange(-1e300, status);
  calendar->clear();
  calendar->set(date.year, date.month - 1, date.day);
  const UDate when = calendar->getTime(status);
  if (U_FAILURE(status)) throw std::invalid_argument("date out of the calendar's range");
  fmt.adoptCalendar(calendar.release());
  icu::UnicodeString out;
  fmt.format(when, out);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace formwork::expr
