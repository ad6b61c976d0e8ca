package org.partneratlas.time;

import java.time.Month;

/**
 * A season of the year, with its EDTF level 1 code (21 to 24).
 *
 * <p>Seasons are taken as the meteorological seasons of the northern hemisphere, the convention of
 * the French sources this library was founded on: spring is March to May, summer June to August,
 * autumn September to November, and winter December to February of the following year. A winter of
 * year {@code Y} therefore runs from 1 December {@code Y} to the end of February {@code Y+1}.
 */
public enum Season {
  /** Spring: March, April and May; EDTF code 21. */
  SPRING(21, Month.MARCH),
  /** Summer: June, July and August; EDTF code 22. */
  SUMMER(22, Month.JUNE),
  /** Autumn: September, October and November; EDTF code 23. */
  AUTUMN(23, Month.SEPTEMBER),
  /** Winter: December and the following January and February; EDTF code 24. */
  WINTER(24, Month.DECEMBER);

  private final int code;
  private final Month firstMonth;

  Season(int code, Month firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  /**
   * Returns the EDTF code of this season, from 21 (spring) to 24 (winter).
   *
   * @return the EDTF season code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the first month of this season.
   *
   * @return the month in which the season starts
   */
  public Month firstMonth() {
    return firstMonth;
  }

  /**
   * Returns the season with the given EDTF code.
   *
   * @param code an EDTF season code, 21 to 24
   * @return the season
   * @throws IllegalArgumentException if the code is not 21, 22, 23 or 24
   */
  public static Season ofCode(int code) {
    for (Season season : values()) {
      if (season.code == code) {
        return season;
      }
    }
    throw new IllegalArgumentException(
        "Unknown season code "
            + code
            + ": use 21 (spring), 22 (summer), 23 (autumn) or 24 (winter)");
  }
}
