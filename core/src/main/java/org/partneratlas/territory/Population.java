package org.partneratlas.territory;

import com.google.errorprone.annotations.Immutable;

/**
 * A population count with the year it refers to, such as 139,602 inhabitants in 2018.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of inhabitants
 * @param year the year of the count
 */
@Immutable
public record Population(long count, int year) {

  /**
   * Checks the count and the year; {@link #of(long, int)} reads better.
   *
   * @param count the number of inhabitants, zero or more
   * @param year the year of the count, 1 to 9999
   * @throws IllegalArgumentException if the count is negative or the year out of range
   */
  public Population {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Population " + count + " is negative: give the number of inhabitants");
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(
          "Population year " + year + " is out of range: use a year from 1 to 9999");
    }
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
    return new Population(count, year);
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
