package org.partneratlas.geography;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partneratlas.internal.BundledTable;
import org.partneratlas.internal.NameFolding;
import org.partneratlas.territory.CountryCode;

/**
 * The UN M49 regions (Standard country or area codes for statistical use, Series M No. 49, United
 * Nations Statistics Division, https://unstats.un.org/unsd/methodology/m49/) of every ISO 3166-1
 * country: its continent-level {@linkplain M49Region.Level#REGION region}, its {@linkplain
 * M49Region.Level#SUBREGION sub-region} and, where M49 has one, its {@linkplain
 * M49Region.Level#INTERMEDIATE_REGION intermediate region}.
 *
 * <p>The table is shipped as the classpath resource {@code org/partneratlas/geography/
 * m49-regions.tsv}, whose header tells its source and the few rows that are not the UN's
 * (Antarctica belongs to no region; Kosovo, {@code XK}, is placed in Southern Europe). It is read
 * once, on first use. All methods are thread-safe.
 *
 * <pre>{@code
 * M49.continentOf(CountryCode.of("AR"));       // Optional[019 Americas]
 * M49.regionsOf(CountryCode.of("AR"));         // [019 Americas, 419 Latin America and the
 *                                              //  Caribbean, 005 South America]
 * M49.requireRegion("south america").code();   // "005"
 * M49.numericCodeOf(CountryCode.of("AR"));     // Optional[032]
 * }</pre>
 */
public final class M49 {

  private static final String RESOURCE = "m49-regions.tsv";

  private M49() {}

  /**
   * Returns every region of the table: the continent-level regions, then the sub-regions, then the
   * intermediate regions, each level in order of code.
   *
   * @return the regions
   */
  public static ImmutableList<M49Region> regions() {
    return Table.INSTANCE.regions;
  }

  /**
   * Returns the region with the given three-digit code ({@code "150"}) or English name ({@code
   * "Western Europe"}, compared ignoring case, accents and punctuation). Constant time.
   *
   * @param codeOrName the code or name
   * @return the region, or empty if there is none
   */
  public static Optional<M49Region> region(String codeOrName) {
    requireNonNull(codeOrName, "codeOrName");
    M49Region byCode = Table.INSTANCE.byCode.get(codeOrName.trim());
    if (byCode != null) {
      return Optional.of(byCode);
    }
    return Optional.ofNullable(Table.INSTANCE.byName.get(NameFolding.fold(codeOrName)));
  }

  /**
   * Returns the region with the given code or name, which must exist.
   *
   * @param codeOrName the code or name
   * @return the region
   * @throws IllegalArgumentException naming the text, if there is no such region
   */
  public static M49Region requireRegion(String codeOrName) {
    return region(codeOrName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No UN M49 region with code or name '"
                        + codeOrName
                        + "': use a code such as 150 or a name such as Europe or South America"));
  }

  /**
   * Returns the continent-level region of a country (Africa, Americas, Asia, Europe or Oceania).
   * Constant time.
   *
   * @param country the country
   * @return the region, or empty for a country in no region (Antarctica)
   */
  public static Optional<M49Region> continentOf(CountryCode country) {
    ImmutableList<M49Region> regions = regionsOf(country);
    return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(0));
  }

  /**
   * Returns the regions a country is in, from the broadest: its continent-level region, its
   * sub-region and its intermediate region if it has one. Constant time.
   *
   * @param country the country
   * @return the regions, empty for a country in no region
   */
  public static ImmutableList<M49Region> regionsOf(CountryCode country) {
    requireNonNull(country, "country");
    return Table.INSTANCE.regionsByCountry.get(country);
  }

  /**
   * Returns whether a country is in a region, at any level. Equivalent to {@code
   * regionsOf(country).contains(region)}.
   *
   * @param region the region
   * @param country the country
   * @return whether the country is in the region
   */
  public static boolean contains(M49Region region, CountryCode country) {
    requireNonNull(region, "region");
    return regionsOf(country).contains(region);
  }

  /**
   * Returns the countries in a region, at any depth. O(k log k) for k countries.
   *
   * @param region the region
   * @return the countries, in order of code
   */
  public static ImmutableSortedSet<CountryCode> countriesIn(M49Region region) {
    requireNonNull(region, "region");
    return ImmutableSortedSet.copyOf(Table.INSTANCE.countriesByRegion.get(region));
  }

  /**
   * Returns the three-digit numeric code of a country, with its leading zeros ({@code "250"} for
   * France, {@code "032"} for Argentina): its UN M49 code, which for a country is also its ISO
   * 3166-1 numeric code. Taiwan ({@code TW}), which has no M49 entry of its own, has its ISO 3166-1
   * numeric code {@code "158"}. These are the codes that world maps such as Natural Earth's key
   * their countries by. Constant time.
   *
   * @param country the country
   * @return the code, or empty for a country without one (Kosovo, {@code XK}, whose alpha-2 code is
   *     user-assigned)
   */
  public static Optional<String> numericCodeOf(CountryCode country) {
    requireNonNull(country, "country");
    return Optional.ofNullable(Table.INSTANCE.numericByCountry.get(country));
  }

  private static final class Table {
    static final Table INSTANCE = new Table();

    final ImmutableList<M49Region> regions;
    final ImmutableMap<String, M49Region> byCode;
    final ImmutableMap<String, M49Region> byName;
    final ImmutableListMultimap<CountryCode, M49Region> regionsByCountry;
    final ImmutableSetMultimap<M49Region, CountryCode> countriesByRegion;
    final ImmutableMap<CountryCode, String> numericByCountry;

    private Table() {
      Map<String, M49Region> regions = new LinkedHashMap<>();
      for (M49Region constant :
          List.of(
              M49Region.AFRICA,
              M49Region.AMERICAS,
              M49Region.ASIA,
              M49Region.EUROPE,
              M49Region.OCEANIA)) {
        regions.put(constant.code(), constant);
      }
      ImmutableListMultimap.Builder<CountryCode, M49Region> byCountry =
          ImmutableListMultimap.builder();
      ImmutableSetMultimap.Builder<M49Region, CountryCode> byRegion =
          ImmutableSetMultimap.builder();
      ImmutableMap.Builder<CountryCode, String> numeric = ImmutableMap.builder();
      for (List<String> row : BundledTable.rows(M49.class, RESOURCE, "UN M49 region table", 8)) {
        if (!CountryCode.isValid(row.get(0))) {
          continue; // A code this JDK does not know cannot be in an atlas.
        }
        CountryCode country = CountryCode.of(row.get(0));
        if (!row.get(1).isEmpty()) {
          numeric.put(country, row.get(1));
        }
        List<M49Region> path = new ArrayList<>(3);
        addRegion(regions, path, row.get(2), row.get(3), M49Region.Level.REGION);
        addRegion(regions, path, row.get(4), row.get(5), M49Region.Level.SUBREGION);
        addRegion(regions, path, row.get(6), row.get(7), M49Region.Level.INTERMEDIATE_REGION);
        byCountry.putAll(country, path);
        for (M49Region region : path) {
          byRegion.put(region, country);
        }
      }
      this.regions =
          regions.values().stream()
              .sorted(Comparator.comparing(M49Region::level).thenComparing(M49Region::code))
              .collect(ImmutableList.toImmutableList());
      this.byCode = ImmutableMap.copyOf(regions);
      ImmutableMap.Builder<String, M49Region> names = ImmutableMap.builder();
      for (M49Region region : this.regions) {
        names.put(NameFolding.fold(region.name()), region);
      }
      this.byName = names.buildOrThrow();
      this.regionsByCountry = byCountry.build();
      this.countriesByRegion = byRegion.build();
      this.numericByCountry = numeric.buildOrThrow();
    }

    private static void addRegion(
        Map<String, M49Region> regions,
        List<M49Region> path,
        String code,
        String name,
        M49Region.Level level) {
      if (code.isEmpty()) {
        return;
      }
      M49Region region = regions.get(code);
      if (region == null) {
        region = new M49Region(code, name, level);
        regions.put(code, region);
      } else if (!region.name().equals(name) || region.level() != level) {
        throw new IllegalStateException(
            RESOURCE + ": region " + code + " is named both '" + region.name() + "' and " + name);
      }
      path.add(region);
    }
  }
}
