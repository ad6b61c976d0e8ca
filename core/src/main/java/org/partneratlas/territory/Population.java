package org.partneratlas.territory;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A population count with the year it refers to, such as 139,602 inhabitants in 2018.
 *
 * <p>Immutable and thread-safe.
 */
@Immutable
public final class Population {

  private final long count;
  private final int year;

  private Population(long count, int year) {
    this.count = count;
    this.year = year;
  }

  /**
   * Returns a population count.
   *
   * @param count the number of inhabitants, zero or more
   * @param year the year of the count, 1 to 9999
   * @return the population
   * @throws IllegalArgumentException if the count is negative or the year out of range
   */
  public static Population of(long count, int year) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Population " + count + " is negative: give the number of inhabitants");
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(
          "Population year " + year + " is out of range: use a year from 1 to 9999");
    }
    return new Population(count, year);
  }

  /**
   * Returns the number of inhabitants.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the year of the count.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Population
        && ((Population) obj).count == count
        && ((Population) obj).year == year;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + year;
  }

  /**
   * Returns {@code count (year)}, such as {@code 139602 (2018)}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return count + " (" + year + ")";
  }
}
