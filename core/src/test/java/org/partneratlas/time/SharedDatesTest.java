package org.partneratlas.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Equal dates and ranges are shared where the cache has them, and a shared or new value answers
 * exactly as the value its text describes: the same fields, days, text and order.
 */
class SharedDatesTest {

  @Test
  void commonYearsMonthsAndRangesAreOneObject() {
    assertSame(PartialDate.ofYear(2009), PartialDate.parse("2009"));
    assertSame(PartialDate.ofMonth(2020, 10), PartialDate.parse("2020-10"));
    assertSame(DateRange.parse("2009/.."), DateRange.since(PartialDate.ofYear(2009)));
    assertSame(DateRange.ofYear(1990), DateRange.parse("1990"));
  }

  @Test
  void everyDateOfManyYearsReadsBackAsItsText() {
    // Enough distinct days to evict cache slots many times over.
    for (LocalDate day = LocalDate.of(1700, 1, 1);
        day.isBefore(LocalDate.of(2300, 1, 1));
        day = day.plusDays(3)) {
      PartialDate date = PartialDate.of(day);
      assertEquals(day, date.earliestDay());
      assertEquals(day, date.latestDay());
      assertEquals(day.toString(), date.toString());
      assertEquals(date, PartialDate.parse(day.toString()));
      PartialDate approximate = date.approximate();
      assertEquals(day.minusDays(1), approximate.earliestDay());
      assertEquals(day.plusDays(1), approximate.latestDay());
      assertEquals(date, approximate.unqualified());
      DateRange range = DateRange.since(date);
      assertEquals(range, DateRange.parse(range.toString()));
      assertEquals(day.toEpochDay(), range.startEpochDay());
      assertEquals(Long.MAX_VALUE, range.endEpochDay());
    }
  }
}
