package org.partneratlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.atlas.BrestPortfolio;
import org.partneratlas.atlas.QueryInvariants;
import org.partneratlas.geography.M49;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.ThemeId;

/** Statistics count as documented, and add up. */
class PartnershipStatisticsTest {

  @Test
  void statisticsOfBrestsPortfolio() {
    Atlas atlas = BrestPortfolio.atlas();
    PartnershipStatistics stats = PartnershipStatistics.of(atlas);
    assertEquals(6, stats.total());
    assertEquals(3, stats.byKind().get(PartnershipKind.TWINNING).intValue());
    assertEquals(1, stats.byKind().get(PartnershipKind.FRIENDSHIP).intValue());
    assertEquals(2, stats.byKind().get(PartnershipKind.DECENTRALISED_COOPERATION).intValue());
    assertEquals(0, stats.byKind().get(PartnershipKind.PROJECT_PARTNERSHIP).intValue());
    // No status is recorded for any of them: unknown, not counted as active.
    assertEquals(0, stats.byStatus().get(PartnershipStatus.ACTIVE).intValue());
    assertEquals(6, stats.withUnknownStatus());
    assertEquals(Map.of(1960, 1, 1980, 3, 2000, 1, 2010, 1), stats.byDecadeOfStart());
    assertEquals(0, stats.withUnknownStart());
    assertEquals(6, stats.byCountry().get(CountryCode.of("FR")).intValue());
    assertEquals(1, stats.byCountry().get(CountryCode.of("BF")).intValue());
    assertEquals(
        Map.of(M49Region.AFRICA, 1, M49Region.AMERICAS, 2, M49Region.EUROPE, 6),
        stats.byContinent());
    assertEquals(4, stats.withoutTheme());
    assertEquals(1, stats.byTheme().get(ThemeId.of("energy.marine")).intValue());
    PartnershipStatistics active2012 =
        PartnershipStatistics.of(atlas, atlas.query().activeDuring(2012).list());
    // Whether the Patagonia cooperation was active in 2012 is not known (Chubut: 2010, end
    // unknown; Tierra del Fuego from 2016).
    assertEquals(5, active2012.total());
    assertEquals(
        6,
        PartnershipStatistics.of(atlas, atlas.query().possibly().activeDuring(2012).list())
            .total());
    PartnershipStatistics twinnings =
        PartnershipStatistics.of(atlas, atlas.query().ofKind(PartnershipKind.TWINNING).list());
    assertEquals(Map.of(1960, 1, 1980, 2), twinnings.byDecadeOfStart());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PartnershipStatistics.of(
                Atlas.empty(), List.of(atlas.partnerships().require(BrestPortfolio.BREST_KIEL))));
    QueryInvariants.check(atlas);
  }

  private static <K> void count(Map<K, Integer> map, K key) {
    map.merge(key, 1, Integer::sum);
  }

  @Test
  void statisticsEqualNaiveCounts() {
    qt().withExamples(150)
        .forAll(AtlasGenerators.seeds())
        .checkAssert(
            seed -> {
              Atlas atlas = AtlasGenerators.atlas(seed);
              Map<PartnershipKind, Integer> kinds = new HashMap<>();
              Map<PartnershipStatus, Integer> statuses = new HashMap<>();
              Map<Integer, Integer> decades = new TreeMap<>();
              Map<ThemeId, Integer> themes = new TreeMap<>();
              Map<CountryCode, Integer> countries = new TreeMap<>();
              Map<M49Region, Integer> continents = new TreeMap<>();
              int unknownStart = 0;
              int unknownStatus = 0;
              int withoutTheme = 0;
              int withoutContinent = 0;
              for (Partnership p : atlas.partnerships().list()) {
                count(kinds, p.kind());
                if (p.statusHistory().isEmpty()) {
                  unknownStatus++;
                } else {
                  count(statuses, p.statusHistory().get(p.statusHistory().size() - 1).status());
                }
                Integer decade = null;
                if (p.life().start().isPresent()) {
                  int first = p.life().start().get().earliestDay().getYear() / 10;
                  int last = p.life().start().get().latestDay().getYear() / 10;
                  decade = first == last ? first * 10 : null;
                }
                if (decade == null) {
                  unknownStart++;
                } else {
                  count(decades, decade);
                }
                Set<ThemeId> ts = new HashSet<>();
                for (ThemePeriod t : p.themes()) {
                  ts.add(t.theme());
                }
                ts.forEach(t -> count(themes, t));
                withoutTheme += ts.isEmpty() ? 1 : 0;
                Set<CountryCode> cs = new HashSet<>();
                Set<M49Region> rs = new HashSet<>();
                for (Party party : p.parties()) {
                  CountryCode c = atlas.territories().require(party.territory()).country();
                  cs.add(c);
                  M49.continentOf(c).ifPresent(rs::add);
                }
                cs.forEach(c -> count(countries, c));
                rs.forEach(r -> count(continents, r));
                withoutContinent += rs.isEmpty() ? 1 : 0;
              }
              PartnershipStatistics stats = PartnershipStatistics.of(atlas);
              for (PartnershipKind k : PartnershipKind.values()) {
                assertEquals(kinds.getOrDefault(k, 0), stats.byKind().get(k));
              }
              for (PartnershipStatus s : PartnershipStatus.values()) {
                assertEquals(statuses.getOrDefault(s, 0), stats.byStatus().get(s));
              }
              assertEquals(decades, stats.byDecadeOfStart());
              assertEquals(unknownStart, stats.withUnknownStart());
              assertEquals(unknownStatus, stats.withUnknownStatus());
              assertEquals(themes, stats.byTheme());
              assertEquals(withoutTheme, stats.withoutTheme());
              assertEquals(countries, stats.byCountry());
              assertEquals(continents, stats.byContinent());
              assertEquals(withoutContinent, stats.withoutContinent());
              // Repetitions of the argument count once.
              List<Partnership> twice = new java.util.ArrayList<>(atlas.partnerships().list());
              twice.addAll(atlas.partnerships().list());
              assertEquals(stats, PartnershipStatistics.of(atlas, twice));
              QueryInvariants.check(atlas);
            });
  }

  @Test
  void latestStatusIsTheLastChangeOrUnknown() {
    Atlas atlas = BrestPortfolio.atlas();
    Partnership p = atlas.partnerships().require(BrestPortfolio.BREST_KIEL);
    assertEquals(java.util.Optional.empty(), PartnershipStatistics.latestStatus(p));
    Partnership dormant =
        Partnership.builder()
            .from(p)
            .addStatusHistory(
                org.partneratlas.partnership.StatusChange.of(
                    org.partneratlas.time.PartialDate.ofYear(2020), PartnershipStatus.DORMANT))
            .build();
    assertEquals(
        java.util.Optional.of(PartnershipStatus.DORMANT),
        PartnershipStatistics.latestStatus(dormant));
    // An undated change counts too: dormant according to a register, date unknown.
    Partnership undated =
        Partnership.builder()
            .from(p)
            .addStatusHistory(
                org.partneratlas.partnership.StatusChange.builder()
                    .status(PartnershipStatus.DORMANT)
                    .attested(org.partneratlas.time.PartialDate.ofYear(2020))
                    .build())
            .build();
    assertEquals(
        java.util.Optional.of(PartnershipStatus.DORMANT),
        PartnershipStatistics.latestStatus(undated));
    assertEquals(PartnershipId.of("brest-kiel"), dormant.id());
    Atlas updated = atlas.toBuilder().replace(dormant).build();
    assertEquals(
        1, PartnershipStatistics.of(updated).byStatus().get(PartnershipStatus.DORMANT).intValue());
    QueryInvariants.check(updated);
  }
}
