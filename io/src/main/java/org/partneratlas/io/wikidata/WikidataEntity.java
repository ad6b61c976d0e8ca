package org.partneratlas.io.wikidata;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import java.util.OptionalLong;
import org.partneratlas.territory.Coordinates;

/**
 * What Partner Atlas reads of one Wikidata item: its QID and revision, labels and aliases in every
 * language, and the statements that matter to twinnings. For P17, P297, P625, P31 and P131 only the
 * "truthy" values are kept (of the best rank: preferred if any, else normal; never deprecated), and
 * for P131 only those without an end time (P582): the entities it is in now, not those it was in;
 * every P190 statement is kept with its rank.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the QID, such as {@code Q2112}
 * @param revision the MediaWiki revision ({@code lastrevid}), if the document gives it
 * @param labels the labels by Wikimedia language code
 * @param aliases the aliases by Wikimedia language code
 * @param instanceOf the QIDs of the classes it is an instance of (P31), such as {@code Q1549591}
 *     (big city)
 * @param countries the QIDs of its country (P17), such as {@code Q183} (Germany)
 * @param locatedIn the QIDs of the administrative entities it is located in (P131), such as {@code
 *     Q7923} (Detmold Government Region) for Bielefeld
 * @param isoCountryCode its ISO 3166-1 alpha-2 code (P297), for a country item
 * @param coordinates its coordinate location (P625), if on Earth
 * @param twins its twinned administrative bodies (P190), in the order of the document
 */
public record WikidataEntity(
    String id,
    OptionalLong revision,
    ImmutableSortedMap<String, String> labels,
    ImmutableSortedMap<String, ImmutableList<String>> aliases,
    ImmutableList<String> instanceOf,
    ImmutableList<String> countries,
    ImmutableList<String> locatedIn,
    Optional<String> isoCountryCode,
    Optional<Coordinates> coordinates,
    ImmutableList<WikidataTwin> twins) {

  /**
   * Checks that every part is given.
   *
   * @param id the QID, such as {@code Q2112}
   * @param revision the MediaWiki revision ({@code lastrevid}), if the document gives it
   * @param labels the labels by Wikimedia language code
   * @param aliases the aliases by Wikimedia language code
   * @param instanceOf the QIDs of the classes it is an instance of (P31), such as {@code Q1549591}
   *     (big city)
   * @param countries the QIDs of its country (P17), such as {@code Q183} (Germany)
   * @param locatedIn the QIDs of the administrative entities it is located in (P131), such as
   *     {@code Q7923} (Detmold Government Region) for Bielefeld
   * @param isoCountryCode its ISO 3166-1 alpha-2 code (P297), for a country item
   * @param coordinates its coordinate location (P625), if on Earth
   * @param twins its twinned administrative bodies (P190), in the order of the document
   */
  public WikidataEntity {
    requireNonNull(id, "id");
    requireNonNull(revision, "revision");
    requireNonNull(labels, "labels");
    requireNonNull(aliases, "aliases");
    requireNonNull(instanceOf, "instanceOf");
    requireNonNull(countries, "countries");
    requireNonNull(locatedIn, "locatedIn");
    requireNonNull(isoCountryCode, "isoCountryCode");
    requireNonNull(coordinates, "coordinates");
    requireNonNull(twins, "twins");
  }

  /**
   * Returns the twins that are current facts: the P190 statements that are not deprecated.
   *
   * @return those twins, in order
   */
  public ImmutableList<WikidataTwin> currentTwins() {
    return twins.stream()
        .filter(t -> t.rank() != Rank.DEPRECATED)
        .collect(ImmutableList.toImmutableList());
  }
}
