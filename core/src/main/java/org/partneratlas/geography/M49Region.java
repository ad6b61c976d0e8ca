package org.partneratlas.geography;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A region of the UN M49 standard (Standard country or area codes for statistical use, United
 * Nations Statistics Division): a continent-level region such as Europe (code {@code 150}), a
 * sub-region such as Latin America and the Caribbean ({@code 419}), or an intermediate region such
 * as South America ({@code 005}).
 *
 * <p>The regions and the countries in each are listed by {@link M49}. Two regions are equal when
 * they have the same code. Instances are immutable and thread-safe; {@link #toString()} gives the
 * code and name, such as {@code 150 Europe}.
 */
@Immutable
public final class M49Region implements Comparable<M49Region> {

  /** Africa, M49 code {@code 002}. */
  public static final M49Region AFRICA = new M49Region("002", "Africa", Level.REGION);

  /** The Americas, M49 code {@code 019}. */
  public static final M49Region AMERICAS = new M49Region("019", "Americas", Level.REGION);

  /** Asia, M49 code {@code 142}. */
  public static final M49Region ASIA = new M49Region("142", "Asia", Level.REGION);

  /** Europe, M49 code {@code 150}. */
  public static final M49Region EUROPE = new M49Region("150", "Europe", Level.REGION);

  /** Oceania, M49 code {@code 009}. */
  public static final M49Region OCEANIA = new M49Region("009", "Oceania", Level.REGION);

  /** The level of a region in the M49 hierarchy, from the broadest. */
  public enum Level {
    /** A continent-level region: Africa, Americas, Asia, Europe, Oceania. */
    REGION,
    /** A sub-region, such as Western Europe or Latin America and the Caribbean. */
    SUBREGION,
    /** An intermediate region, such as South America or the Caribbean. */
    INTERMEDIATE_REGION
  }

  private final String code;
  private final String name;
  private final Level level;

  M49Region(String code, String name, Level level) {
    this.code = requireNonNull(code, "code");
    this.name = requireNonNull(name, "name");
    this.level = requireNonNull(level, "level");
  }

  /**
   * Returns the three-digit M49 code, with its leading zeros.
   *
   * @return the code, such as {@code 005}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the English name used by the UN Statistics Division.
   *
   * @return the name, such as {@code South America}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the level of the region.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Compares by code.
   *
   * @param other the region to compare with
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(M49Region other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof M49Region other && other.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the code and the name, such as {@code 150 Europe}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
