package org.partneratlas.time;

import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of EDTF level 1 texts and of the dates and ranges they denote, covering every feature
 * the time package claims: precisions, seasons, qualifiers, unspecified digits and the three kinds
 * of bound.
 */
final class TimeGenerators {

  private static final String[] QUALIFIERS = {"", "", "", "?", "~", "%"};

  private TimeGenerators() {}

  /** EDTF texts of single dates, canonical (as {@link PartialDate#toString()} writes them). */
  static Gen<String> dateTexts() {
    return Generate.longRange(0, Long.MAX_VALUE).map(seed -> dateText(new SplittableRandom(seed)));
  }

  static String dateText(SplittableRandom random) {
    int year = random.nextInt(4) == 0 ? 1 + random.nextInt(9999) : 1900 + random.nextInt(200);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    int season = 21 + random.nextInt(4);
    String y = String.format("%04d", year);
    String body;
    switch (random.nextInt(10)) {
      case 0:
        body = y;
        break;
      case 1:
        body = y + "-" + season;
        break;
      case 2:
        body = y + String.format("-%02d", month);
        break;
      case 3:
        body = y + String.format("-%02d-%02d", month, day);
        break;
      case 4:
        body = y.substring(0, 3) + "X";
        break;
      case 5:
        body = y.substring(0, 2) + "XX";
        break;
      case 6:
        body = y + "-XX";
        break;
      case 7:
        body = y + String.format("-%02d-XX", month);
        break;
      case 8:
        body = y + "-XX-XX";
        break;
      default:
        body = y + String.format("-%02d-%02d", month, 31 - random.nextInt(4));
    }
    return body + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
  }

  /** Partial dates of every supported form. */
  static Gen<PartialDate> partialDates() {
    return Generate.longRange(0, Long.MAX_VALUE).map(seed -> date(new SplittableRandom(seed)));
  }

  private static PartialDate date(SplittableRandom random) {
    while (true) {
      try {
        return PartialDate.parse(dateText(random));
      } catch (IllegalArgumentException e) {
        // A 29th to 31st day that the month does not have: draw again.
      }
    }
  }

  /** EDTF texts of ranges of every bound kind, canonical. */
  static Gen<String> rangeTexts() {
    return dateRanges().map(DateRange::toString);
  }

  /** Ranges of every bound kind. */
  static Gen<DateRange> dateRanges() {
    return Generate.longRange(0, Long.MAX_VALUE).map(seed -> range(new SplittableRandom(seed)));
  }

  static DateRange range(SplittableRandom random) {
    while (true) {
      String text;
      if (random.nextInt(4) == 0) {
        text = dateText(random);
      } else {
        text = side(random) + "/" + side(random);
      }
      try {
        return DateRange.parse(text);
      } catch (IllegalArgumentException e) {
        // An end before its start, or a day the month does not have: draw again.
      }
    }
  }

  private static String side(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return "";
      case 1:
        return "..";
      default:
        return dateText(random);
    }
  }
}
