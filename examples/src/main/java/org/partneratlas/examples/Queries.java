package org.partneratlas.examples;

import static org.partneratlas.examples.BrestMetropole.BREST;
import static org.partneratlas.examples.BrestMetropole.BREST_METROPOLE;
import static org.partneratlas.examples.BrestMetropole.CHUBUT;
import static org.partneratlas.examples.BrestMetropole.COVID_19;
import static org.partneratlas.examples.BrestMetropole.VERACRUZ;
import static org.partneratlas.examples.BrestMetropole.XALAPA;

import java.util.List;
import java.util.stream.Collectors;
import org.partneratlas.action.Action;
import org.partneratlas.action.Modality;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.geography.M49Region;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PlannedParties;
import org.partneratlas.report.Geography;
import org.partneratlas.report.PartnerDistance;
import org.partneratlas.report.PartnershipNetwork;
import org.partneratlas.report.PartnershipStatistics;
import org.partneratlas.svg.Words;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.StandardThemes;
import org.partneratlas.time.Certainty;

/**
 * Asks the bundled Brest Métropole dataset questions through the query API: by theme, year, country
 * and region, crisis, planned partner, name in any language, the network of partners and the
 * distance to them.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java -Dexample=Queries}.
 */
public final class Queries {

  private Queries() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(BrestMetropole.load());
  }

  /** Asks the questions of an atlas holding Brest Métropole, printing on standard output. */
  static void run(Atlas atlas) {
    show(
        atlas,
        "On marine renewable energy (energy.marine)",
        atlas.query().onTheme(StandardThemes.ENERGY_MARINE).list());
    // One moment per question: every condition holds in 2020. Queries count what is known
    // (definitely) unless asked for what may have been (possibly).
    show(
        atlas,
        "On a maritime theme in 2020, known",
        atlas.query().during(2020).onTheme(StandardThemes.MARITIME).list());
    show(
        atlas,
        "On a maritime theme in 2020, possibly (the sources do not say it ended, or when)",
        atlas.query().possibly().during(2020).onTheme(StandardThemes.MARITIME).list());
    show(
        atlas,
        "With Chubut in 2017, known (the sources give no end for its part)",
        atlas.query().during(2017).involving(CHUBUT).list());
    show(
        atlas,
        "With Chubut in 2017, possibly",
        atlas.query().possibly().during(2017).involving(CHUBUT).list());
    show(
        atlas,
        "Active in 1965 (Brest's portfolio)",
        atlas.query().involvingWithin(BREST_METROPOLE).activeDuring(1965).list());
    show(atlas, "With Argentina", atlas.query().inCountry(CountryCode.of("AR")).list());
    // "Brest's twinnings in Europe" asks where the partners are: Brest itself is in Europe, so a
    // condition on any party (inRegion) would list Denver and Yokosuka too.
    show(
        atlas,
        "Twinnings of Brest with partners in Europe",
        atlas
            .query()
            .involving(BREST)
            .ofKind(PartnershipKind.TWINNING)
            .withPartnerIn(BREST, M49Region.EUROPE)
            .list());
    show(atlas, "Affected by COVID-19", atlas.query().affectedBy(COVID_19).list());
    show(atlas, "Xalapa is planned to join", atlas.query().withPlannedParty(XALAPA).list());

    System.out.println("Remote actions in 2020:");
    for (Action action :
        atlas.query().actions().withModality(Modality.REMOTE).during(2020).list()) {
      System.out.println(
          "  "
              + Text.pad(action.when().map(Words::range).orElse(""), 16)
              + Text.english(action.title()));
    }
    System.out.println("Actions held in Brest:");
    for (Action action : atlas.query().actions().at(BREST).list()) {
      System.out.println(
          "  "
              + Text.pad(action.when().map(Words::range).orElse("undated"), 16)
              + Text.english(action.title()));
    }

    System.out.println("Names in any language, ignoring case and accents:");
    for (String name : List.of("terre de feu", "cadiz", "TARENTE", "Hai Phong")) {
      System.out.println(
          "  "
              + Text.pad("\"" + name + "\"", 16)
              + "-> "
              + atlas.territories().named(name).stream()
                  .map(t -> t.id().value())
                  .collect(Collectors.joining(", ")));
    }

    System.out.println("The network: partners of Brest Métropole and of the city of Brest");
    System.out.println(
        "  Brest Métropole, known: " + names(atlas, atlas.partnersOf(BREST_METROPOLE)));
    System.out.println(
        "  Brest Métropole, possibly: "
            + names(
                atlas,
                atlas.partnersOf(BREST_METROPOLE, Certainty.POSSIBLY, PlannedParties.EXCLUDED)));
    System.out.println(
        "  Brest Métropole, planned partners included: "
            + names(
                atlas,
                atlas.partnersOf(BREST_METROPOLE, Certainty.POSSIBLY, PlannedParties.INCLUDED)));
    System.out.println("  city of Brest, known: " + names(atlas, atlas.partnersOf(BREST)));
    System.out.println(
        "  Veracruz's partners: " + names(atlas, atlas.partnersOf(TerritoryId.of("mx-veracruz"))));

    PartnershipNetwork network = PartnershipNetwork.of(atlas);
    System.out.println(
        "  most connected: "
            + network.mostConnected(3).stream()
                .map(t -> Text.name(atlas, t) + " (" + network.degree(t) + ")")
                .collect(Collectors.joining(", ")));
    System.out.println(
        "  connected groups of two or more territories: "
            + network.connectedGroups().stream().filter(g -> g.size() > 1).count());
    // The same with the links that may have been and the planned parties.
    PartnershipNetwork wider =
        PartnershipNetwork.of(
            atlas, atlas.partnerships(), Certainty.POSSIBLY, PlannedParties.INCLUDED);
    System.out.println(
        "  with possible links and planned parties: partners in common of Brest Métropole and"
            + " Veracruz: "
            + idNames(atlas, wider.partnersInCommon(BREST_METROPOLE, VERACRUZ))
            + "; shortest chain from Chubut to Xalapa: "
            + wider
                .shortestChain(CHUBUT, XALAPA)
                .map(chain -> idNames(atlas, chain).replace(", ", " – "))
                .orElse("none"));

    PartnershipStatistics statistics = PartnershipStatistics.of(atlas);
    System.out.println("Statistics of the " + statistics.total() + " partnerships:");
    System.out.println("  by kind: " + statistics.byKind());
    System.out.println(
        "  by latest recorded status: "
            + statistics.byStatus()
            + ", no status recorded: "
            + statistics.withUnknownStatus());
    System.out.println("  by decade of start: " + statistics.byDecadeOfStart());
    System.out.println(
        "  by continent: "
            + statistics.byContinent().entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));

    System.out.println("Partners of the city of Brest by great-circle distance:");
    for (PartnerDistance partner : Geography.partnersByDistance(atlas, BREST)) {
      Territory t = partner.partner();
      System.out.println(
          "  "
              + Text.pad(Text.name(t), 18)
              + (partner.distanceKm().isPresent()
                  ? String.format("%,8.0f km", partner.distanceKm().getAsDouble())
                  : "   unknown (no coordinates)"));
    }
  }

  private static String idNames(Atlas atlas, java.util.Collection<TerritoryId> ids) {
    return names(atlas, ids.stream().map(atlas.territories()::require).toList());
  }

  private static String names(Atlas atlas, Iterable<Territory> territories) {
    StringBuilder sb = new StringBuilder();
    for (Territory territory : territories) {
      TerritoryId id = territory.id();
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Text.name(atlas, id));
    }
    return sb.toString();
  }

  private static void show(Atlas atlas, String question, List<Partnership> answer) {
    System.out.println(question + ": " + answer.size());
    for (Partnership p : answer) {
      String partners =
          p.territories().stream()
              .filter(t -> !t.equals(BREST) && !t.equals(BREST_METROPOLE))
              .map(t -> Text.name(atlas, t))
              .collect(Collectors.joining(", "));
      System.out.println("  " + Text.pad(p.id().value(), 26) + partners);
    }
  }
}
