/**
 * The Atlas: one immutable, validated snapshot of territories, partnerships, themes, actors and
 * crises, its builder, its validation problems and its query API: {@link Atlas#query()} gives a
 * {@link PartnershipQuery}, whose {@link PartnershipQuery#actions()} is an {@link ActionQuery}.
 *
 * <h2>Yes, no or unknown: definitely or possibly</h2>
 *
 * <p>Every condition answers a {@link org.partneratlas.time.Truth} for each partnership, and the
 * answers of the conditions are combined with {@link org.partneratlas.time.Truth#and} (Kleene). A
 * query is {@linkplain org.partneratlas.time.Certainty#DEFINITELY definite} by default: it keeps
 * the partnerships whose answer is {@code YES}. {@link PartnershipQuery#possibly()} switches the
 * whole query to keep also those whose answer is {@code UNKNOWN}: {@code
 * atlas.query().activeDuring(1900)} lists the partnerships known to be active in 1900, and {@code
 * atlas.query().possibly().activeDuring(1900)} adds those that may have been (imported partnerships
 * without any date among them). For every query, the definite result is contained in the possible
 * one. {@link PartnershipQuery#answer(org.partneratlas.partnership.Partnership)} gives the
 * three-valued answer itself.
 *
 * <h2>One moment per question</h2>
 *
 * <p>{@link PartnershipQuery#during(org.partneratlas.time.DateRange)} (or {@link
 * PartnershipQuery#during(int)}) scopes the whole query to a period: the partnership existed then,
 * and every condition that depends on time is evaluated for that same period — which parties took
 * part, their countries and regions, the partners' side, the themes, the status, activity. So
 * {@code during(2015).inCountry(ES)} does not find a partnership whose only Spanish party joined in
 * 2016, whatever the order of the calls. Without a moment, these conditions ask "at some time".
 * {@link PartnershipQuery#activeDuring(org.partneratlas.time.DateRange)} is {@code
 * during(period).active()}. A query has at most one moment: scoping it again to another period is
 * an error. The kind, the planned parties, the actions, the crises and the caller's own predicate
 * do not depend on the moment.
 *
 * <p>Planned parties ({@link org.partneratlas.partnership.PartyStatus#PLANNED}) take part at no
 * time: conditions on parties leave them out, unless the query is {@linkplain
 * PartnershipQuery#includingPlanned() including planned parties}, when a planned party counts over
 * its (planned) period as if it were not planned.
 *
 * <h2>Any party, or the partner's side</h2>
 *
 * <p>{@link PartnershipQuery#inCountry} and {@link PartnershipQuery#inRegion} keep a partnership
 * when <em>any</em> of its parties, the focal territory included, is in the place: every
 * partnership of Brest is "in Europe", since Brest is. {@link
 * PartnershipQuery#withPartnerIn(org.partneratlas.territory.TerritoryId,
 * org.partneratlas.geography.M49Region, org.partneratlas.geography.M49Region...)} and {@link
 * PartnershipQuery#withPartnerIn(org.partneratlas.territory.TerritoryId,
 * org.partneratlas.territory.CountryCode, org.partneratlas.territory.CountryCode...)} ask about the
 * <em>partners</em> of a focal territory: the partnership has the focal territory as a party and,
 * at the same time, another party in the place. "Brest's twinnings in Europe" is {@code
 * involving(BREST).ofKind(TWINNING) .withPartnerIn(BREST, EUROPE)}: Kiel, not Denver.
 *
 * <p>"At the same time" is the disjunction, over the pairs of a party of the focal territory and a
 * party of another territory in the place, of their taking part on a common day of the moment:
 * {@code NO} when no possible start and end of the two lets them share a day of the moment (each
 * may have started before the other may have ended), {@code YES} when one certainly held throughout
 * a stretch of days in which the other certainly held on some day, {@code UNKNOWN} otherwise.
 *
 * <h2>Order, equivalence, cost</h2>
 *
 * <p>Results are always in the order of {@link Atlas#partnerships()}. Each condition states the
 * three-valued predicate it tests; a query is equivalent to filtering {@code
 * atlas.partnerships().stream()} with {@code certainty.accepts(answer(p))}, which the library's
 * tests check on generated atlases against an oracle written apart.
 *
 * <p>Conditions on territories, subdivision trees, countries, regions, themes, planned parties,
 * crises, a moment and activity are answered from indexes built with the atlas: postings lists that
 * file each partnership at any time and with its planned parties (sound prefilters for every moment
 * and certainty), and two interval indexes of lives (the span in which each may have existed, for
 * "possibly"; the stretch in which each certainly did, for "definitely"). A query intersects the
 * postings of all its indexed conditions, smallest first (the long lists of countries, regions and
 * themes are compressed bitmaps); decides the moment ("existed then") and, where the life index is
 * certain, activity for each candidate from the index arrays alone; and tests the exact
 * three-valued predicates of the rest on the candidates left, cheapest first: O(c × f) for c
 * candidates and conditions costing f each. A query with no indexed condition tests all n
 * partnerships. {@link PartnershipQuery#explain()} tells what a query did. Unknown ids are not
 * errors: a condition on a territory, theme or crisis that is not in the atlas matches nothing.
 *
 * <h2>Explaining a query</h2>
 *
 * <p>{@link PartnershipQuery#explain()} runs a query and returns five lines of text for people
 * (they may change between versions; do not parse them):
 *
 * <ol>
 *   <li>the query, as {@link PartnershipQuery#toString()};
 *   <li>{@code candidates:} the lists intersected, smallest first, each with its kind ({@code
 *       bitmap} for the compressed postings of countries, regions and themes, {@code postings} for
 *       sorted lists of positions, {@code life index} for the interval index of lives), its
 *       condition and size, and {@code (exact)} when its entries are exactly the condition's
 *       matches, then the number of candidates after the intersection; or {@code every partnership}
 *       when no condition is indexed;
 *   <li>{@code by the index:} the conditions decided per candidate from the index arrays, without
 *       reading the partnership, with how many candidates each decided and rejected;
 *   <li>{@code by predicate:} the conditions whose exact predicate was tested, in the order they
 *       are tested (cheapest first), with the number of candidates each was tested on (a condition
 *       the index always decided is not listed);
 *   <li>{@code matches:} the number of matching partnerships, {@link PartnershipQuery#count()}.
 * </ol>
 *
 * <pre>{@code
 * PartnershipQuery[DEFINITELY, during(2020), onTheme(energy), active, inCountry(FR)]
 * candidates: bitmap inCountry(FR): 3,402 ∩ bitmap onTheme(energy): 21,950 → 410
 * by the index: existed 410 decided (121 rejected), onTheme(energy) 80 decided (9 rejected), ...
 * by predicate: onTheme(energy) 209 tested, inCountry(FR) 30 tested, active 21 tested
 * matches: 150
 * }</pre>
 *
 * <p>A moment adds the condition {@code existed} (the partnership existed then), answered by the
 * life index.
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.atlas;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
