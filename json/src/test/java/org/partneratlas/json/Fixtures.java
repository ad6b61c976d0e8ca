package org.partneratlas.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.actor.ActorKind;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.testing.AtlasGenerators;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.Bound;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;

/** A small hand-made atlas that uses every part of the format, from Brest Métropole's seed. */
final class Fixtures {

  private Fixtures() {}

  static final Source SEED =
      Source.builder()
          .title("Villes jumelles de Brest et villes partenaires de Brest Métropole")
          .publisher("Brest Métropole")
          .date(PartialDate.ofYear(2020))
          .page("slide 3")
          .build();

  static final Source CNCD =
      Source.builder()
          .title("Atlas français de la coopération décentralisée: project 12692")
          .publisher("Commission nationale de la coopération décentralisée (CNCD)")
          .note(
              "Lists the cooperation with Haiphong as dormant; the date it became dormant is not given")
          .build();

  static Territory brestMetropole() {
    return Territory.builder()
        .id(TerritoryId.of("fr-brest-metropole"))
        .level(TerritoryLevel.METROPOLIS)
        .names(LocalizedText.of("fr", "Brest métropole"))
        .officialLanguage("fr")
        .addAliases("Brest Métropole Océane")
        .country(CountryCode.of("FR"))
        .coordinates(Coordinates.of(48.3905, -4.486))
        .population(Population.of(210_047, 2018))
        .putExternalIds("siren", "242900314")
        .build();
  }

  static Territory brest() {
    return Territory.builder()
        .id(TerritoryId.of("fr-brest"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.builder().put("fr", "Brest").put("br", "Brest").build())
        .officialLanguage("fr")
        .country(CountryCode.of("FR"))
        .parent(TerritoryId.of("fr-brest-metropole"))
        .coordinates(Coordinates.of(48.3905, -4.486))
        .population(Population.of(139_602, 2018))
        .putExternalIds("insee", "29019")
        .putExternalIds("wikidata", "Q12193")
        .putAttributes("crm.id", "4711")
        .build();
  }

  static Territory kiel() {
    return Territory.builder()
        .id(TerritoryId.of("de-kiel"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(LocalizedText.of("de", "Kiel"))
        .officialLanguage("de")
        .country(CountryCode.of("DE"))
        .coordinates(Coordinates.of(54.3233, 10.1394))
        .build();
  }

  static Territory chubut() {
    return Territory.builder()
        .id(TerritoryId.of("ar-chubut"))
        .level(TerritoryLevel.REGION)
        .names(LocalizedText.of("es", "Provincia del Chubut"))
        .officialLanguage("es")
        .country(CountryCode.of("AR"))
        .subdivision(SubdivisionCode.of("AR-U"))
        .coordinates(Coordinates.of(-43.7886, -68.5268))
        .population(Population.of(603_120, 2022))
        .putExternalIds("indec", "26")
        .build();
  }

  static Territory tierraDelFuego() {
    return Territory.builder()
        .id(TerritoryId.of("ar-tierra-del-fuego"))
        .level(TerritoryLevel.REGION)
        .names(
            LocalizedText.builder()
                .put("es", "Provincia de Tierra del Fuego, Antártida e Islas del Atlántico Sur")
                .put("fr", "Terre de Feu")
                .build())
        .officialLanguage("es")
        .addAliases("Tierra del Fuego")
        .country(CountryCode.of("AR"))
        .subdivision(SubdivisionCode.of("AR-V"))
        .coordinates(Coordinates.of(-54.8019, -68.3031))
        .putExternalIds("indec", "94")
        .addSources(SEED)
        .build();
  }

  static Territory haiphong() {
    return Territory.builder()
        .id(TerritoryId.of("vn-haiphong"))
        .level(TerritoryLevel.MUNICIPALITY)
        .names(
            LocalizedText.builder()
                .put("vi", "Hải Phòng")
                .put("fr", "Haiphong")
                .put("en", "Haiphong")
                .build())
        .officialLanguage("vi")
        .addAliases("Hai Phong")
        .country(CountryCode.of("VN"))
        .coordinates(Coordinates.of(20.8651, 106.6838))
        .build();
  }

  static Theme maritime() {
    return Theme.builder()
        .id(ThemeId.of("maritime"))
        .labels(
            LocalizedText.builder()
                .put("fr", "Économie maritime")
                .put("en", "Maritime economy")
                .put("es", "Economía marítima")
                .build())
        .addSdgs(14, 8)
        .build();
  }

  static Theme aquaculture() {
    return Theme.builder()
        .id(ThemeId.of("maritime.aquaculture"))
        .labels(
            LocalizedText.builder()
                .put("fr", "Aquaculture")
                .put("en", "Aquaculture")
                .put("es", "Acuicultura")
                .build())
        .addSdgs(2, 14)
        .putAttributes("host.colour", "#0077be")
        .build();
  }

  static Actor seaTechWeek() {
    return Actor.builder()
        .id(ActorId.of("sea-tech-week"))
        .kind(ActorKind.EVENT_SERIES)
        .names(LocalizedText.of("en", "Sea Tech Week"))
        .description(LocalizedText.of("en", "Biennial marine science and technology week in Brest"))
        .base(TerritoryId.of("fr-brest"))
        .addLinks("https://www.seatechweek.eu")
        .build();
  }

  static Partnership brestKiel() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-kiel"))
        .kind(PartnershipKind.TWINNING)
        .addParties(Party.of(TerritoryId.of("fr-brest")), Party.of(TerritoryId.of("de-kiel")))
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.CHARTER)
                .signed(PartialDate.ofDay(1964, 8, 1))
                .build())
        .build();
  }

  static Partnership patagonia() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-patagonia"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .names(LocalizedText.of("fr", "Coopération avec la Province de Terre de Feu"))
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("fr-brest-metropole"))
                .role(PartyRole.LEAD)
                .build(),
            Party.builder()
                .territory(TerritoryId.of("ar-chubut"))
                .period(DateRange.parse("2010/"))
                .status(PartyStatus.FORMER)
                .addSources(SEED)
                .build(),
            Party.builder()
                .territory(TerritoryId.of("ar-tierra-del-fuego"))
                .period(DateRange.parse("2016/.."))
                .addSources(SEED)
                .build())
        .addAgreements(
            Agreement.builder()
                .kind(AgreementKind.PHASE)
                .title(LocalizedText.of("fr", "Phase 2019–2021"))
                .period(DateRange.parse("2019/2021"))
                .build())
        .addStatusHistory(
            StatusChange.of(PartialDate.ofYear(2010), PartnershipStatus.ACTIVE),
            StatusChange.builder()
                .date(PartialDate.ofMonth(2020, 3))
                .status(PartnershipStatus.SUSPENDED)
                .cause(LocalizedText.of("en", "COVID-19"))
                .build(),
            StatusChange.builder()
                .date(PartialDate.parse("2020-23"))
                .attested(PartialDate.ofMonth(2020, 10))
                .status(PartnershipStatus.ACTIVE)
                .build())
        .addThemes(
            ThemePeriod.of(ThemeId.of("maritime"), DateRange.parse("2010/..")),
            ThemePeriod.builder()
                .from(
                    ThemePeriod.attested(
                        ThemeId.of("maritime.aquaculture"), PartialDate.ofYear(2020)))
                .addSources(SEED)
                .build())
        .addAims(LocalizedText.of("en", "Diversify the economy through the maritime economy"))
        .addActions(
            Action.builder()
                .id(ActionId.of("brest-patagonia.stw-2020-stand"))
                .kind(ActionKind.FAIR_STAND)
                .title(LocalizedText.of("fr", "Stand « Tierra del Fuego » au salon virtuel"))
                .when(DateRange.parse("2020-10-12/2020-10-16"))
                .modality(Modality.REMOTE)
                .status(ActionStatus.MOVED_ONLINE)
                .addThemes(ThemeId.of("maritime"))
                .addActors(ActorId.of("sea-tech-week"))
                .addLinks("https://www.seatechweek.eu")
                .addSources(SEED)
                .build())
        .addPerspectives(
            Perspective.builder()
                .description(LocalizedText.of("en", "Training and maritime clusters"))
                .when(DateRange.parse("2021/.."))
                .addPlannedModalities(Modality.REMOTE)
                .build())
        .addSources(SEED)
        .putAttributes("crm.id", "77")
        .build();
  }

  /** Dormant according to the CNCD atlas, since a date no source gives. */
  static Partnership brestHaiphong() {
    return Partnership.builder()
        .id(PartnershipId.of("brest-haiphong"))
        .kind(PartnershipKind.DECENTRALISED_COOPERATION)
        .addParties(
            Party.builder()
                .territory(TerritoryId.of("fr-brest-metropole"))
                .period(DateRange.parse("2007/.."))
                .build(),
            Party.builder()
                .territory(TerritoryId.of("vn-haiphong"))
                .period(DateRange.parse("2007/.."))
                .build())
        .addStatusHistory(
            StatusChange.builder().status(PartnershipStatus.DORMANT).addSources(CNCD).build())
        .build();
  }

  static Crisis covid() {
    return Crisis.builder()
        .id(CrisisId.of("covid-19"))
        .kind(CrisisKind.PANDEMIC)
        .names(LocalizedText.of("en", "COVID-19 pandemic"))
        .period(DateRange.parse("2020/.."))
        .build();
  }

  static CrisisImpact covidImpact() {
    return CrisisImpact.builder()
        .id(CrisisImpactId.of("covid-19.brest"))
        .crisis(CrisisId.of("covid-19"))
        .summary(LocalizedText.of("en", "Travel and collective missions became impossible"))
        .addTerritories(TerritoryId.of("ar-tierra-del-fuego"))
        .addPartnerships(PartnershipId.of("brest-patagonia"))
        .addSuspendedActionKinds(ActionKind.MISSION, ActionKind.CONFERENCE)
        .addAdaptations(
            Adaptation.builder()
                .description(LocalizedText.of("en", "A stand at the virtual fair"))
                .addActions(ActionId.of("brest-patagonia.stw-2020-stand"))
                .build())
        .addLessons(LocalizedText.of("en", "Networks of local governments matter"))
        .addSources(SEED)
        .build();
  }

  /** The small atlas of the golden files and of docs/format.md. */
  static Atlas smallAtlas() {
    return Atlas.builder()
        .add(brestMetropole(), brest(), kiel(), chubut(), tierraDelFuego(), haiphong())
        .add(maritime(), aquaculture())
        .add(seaTechWeek())
        .add(brestKiel(), patagonia(), brestHaiphong())
        .add(covid())
        .add(covidImpact())
        .build();
  }

  /**
   * The atlas that the version-1 golden file {@code golden/small-atlas-v1.json} denotes: the small
   * atlas as version 1 could hold it (Chubut's party ending in 2016, the status history without
   * attestation, no party or theme sources, no Haiphong), and its explicit {@code ../..} theme
   * period read as unknown.
   */
  static Atlas smallAtlasVersion1() {
    Partnership patagonia = patagonia();
    Partnership version1 =
        Partnership.builder()
            .from(patagonia)
            .parties(
                List.of(
                    patagonia.parties().get(0),
                    Party.builder()
                        .territory(TerritoryId.of("ar-chubut"))
                        .period(DateRange.parse("2010/2016"))
                        .status(PartyStatus.FORMER)
                        .build(),
                    Party.builder()
                        .territory(TerritoryId.of("ar-tierra-del-fuego"))
                        .period(DateRange.parse("2016/.."))
                        .build()))
            .statusHistory(
                List.of(
                    patagonia.statusHistory().get(0),
                    patagonia.statusHistory().get(1),
                    StatusChange.of(PartialDate.parse("2020-23"), PartnershipStatus.ACTIVE)))
            .themes(
                List.of(
                    patagonia.themes().get(0),
                    ThemePeriod.of(ThemeId.of("maritime.aquaculture"), DateRange.unknown())))
            .build();
    return Atlas.builder()
        .add(brestMetropole(), brest(), kiel(), chubut(), tierraDelFuego())
        .add(maritime(), aquaculture())
        .add(seaTechWeek())
        .add(brestKiel(), version1)
        .add(covid())
        .add(covidImpact())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Generated atlases with every form of version 2

  /**
   * Returns the atlas of core's generators for a seed ({@link AtlasGenerators#atlas(long)}) in
   * every form that version 2 of the format carries: its dates qualified ({@code ?}, {@code ~},
   * {@code %}) or with unspecified digits ({@code 196X}, {@code 19XX}, {@code 2020-XX}, {@code
   * 1985-04-XX}, {@code 1985-XX-XX}), sides of its periods unknown ({@code 2010/}, {@code /2016},
   * {@code /}), parties and theme periods attested and with sources, theme periods only attested,
   * status changes undated or attested.
   *
   * <p>Every rewrite of a date only widens the days it may denote, so that the rules of the Atlas
   * keep holding; a partnership whose rewrite would still break one (an action outside the life of
   * an ended partnership whose start became unknown) is drawn again, and after five draws kept as
   * it was. The same seed always gives the same atlas.
   *
   * @param seed the seed
   * @return a valid atlas
   */
  static Atlas truthfulAtlas(long seed) {
    Atlas atlas = AtlasGenerators.atlas(seed);
    Random r = new Random(seed * 31 + 7);
    Atlas.Builder b = Atlas.builder();
    for (Territory t : atlas.territories()) {
      b.add(Territory.builder().from(t).sources(sources(r, t.sources())).build());
    }
    b.addAll(atlas.themes());
    for (Actor a : atlas.actors()) {
      Actor.Builder actor = Actor.builder().from(a).sources(sources(r, a.sources()));
      a.founded().ifPresent(d -> actor.founded(widen(r, d)));
      b.add(actor.build());
    }
    // Partnerships of the same kind between the same territories are kept as generated: widening
    // their periods could make them overlap, which the Atlas rejects as the same partnership twice.
    java.util.Map<String, Integer> sameParties = new java.util.HashMap<>();
    for (Partnership p : atlas.partnerships()) {
      sameParties.merge(p.kind() + " " + new java.util.TreeSet<>(p.territories()), 1, Integer::sum);
    }
    for (Partnership p : atlas.partnerships()) {
      boolean alone =
          sameParties.get(p.kind() + " " + new java.util.TreeSet<>(p.territories())) == 1;
      b.add(alone ? truthful(r, p) : p);
    }
    for (Crisis c : atlas.crises()) {
      b.add(
          Crisis.builder()
              .from(c)
              .period(widen(r, c.period(), false))
              .sources(sources(r, c.sources()))
              .build());
    }
    for (CrisisImpact i : atlas.crisisImpacts()) {
      b.add(CrisisImpact.builder().from(i).sources(sources(r, i.sources())).build());
    }
    return b.build();
  }

  private static Partnership truthful(Random r, Partnership p) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Partnership candidate;
      try {
        candidate = rewrite(r, p);
      } catch (IllegalArgumentException e) {
        continue; // a rewrite that core rejects: draw again
      }
      DateRange life = candidate.life();
      boolean fits = true;
      for (Action action : candidate.actions()) {
        if (action.when().isPresent() && !life.isOpenEnd() && !action.when().get().overlaps(life)) {
          fits = false;
        }
      }
      if (fits) {
        return candidate;
      }
    }
    return p;
  }

  private static Partnership rewrite(Random r, Partnership p) {
    Partnership.Builder b = Partnership.builder().from(p);
    List<Party> parties = new ArrayList<>();
    for (Party party : p.parties()) {
      Party.Builder pb =
          Party.builder()
              .from(party)
              .period(widen(r, party.period(), party.status() == PartyStatus.FORMER));
      if (r.nextInt(3) == 0) {
        pb.attested(near(r, party.period()));
      }
      if (r.nextBoolean()) {
        pb.addSources(AtlasGenerators.source(r));
      }
      parties.add(pb.build());
    }
    b.parties(parties);
    List<Agreement> agreements = new ArrayList<>();
    for (Agreement a : p.agreements()) {
      Agreement.Builder ab = Agreement.builder().from(a).sources(sources(r, a.sources()));
      a.signed().ifPresent(d -> ab.signed(widen(r, d)));
      a.period().ifPresent(range -> ab.period(widen(r, range, false)));
      agreements.add(ab.build());
    }
    b.agreements(agreements);
    List<StatusChange> history = new ArrayList<>();
    PartialDate previous = null;
    for (StatusChange c : p.statusHistory()) {
      PartialDate date = c.date().orElse(null);
      if (date != null) {
        if (r.nextInt(5) == 0) {
          date = null; // "dormant, date unknown"
        } else {
          PartialDate wide = widen(r, date);
          if (previous == null || wide.compareTo(previous) >= 0) {
            date = wide;
          } else if (date.compareTo(previous) < 0) {
            date = null;
          }
        }
      }
      StatusChange.Builder cb =
          StatusChange.builder()
              .from(c)
              .date(Optional.ofNullable(date))
              .sources(sources(r, c.sources()));
      if (r.nextInt(3) == 0) {
        cb.attested(
            date == null
                ? AtlasGenerators.partialDate(r)
                : PartialDate.ofYear(Math.min(9999, Math.max(1, date.year()) + r.nextInt(5))));
      }
      if (date != null) {
        previous = date;
      }
      history.add(cb.build());
    }
    b.statusHistory(history);
    List<ThemePeriod> themes = new ArrayList<>();
    for (ThemePeriod t : p.themes()) {
      ThemePeriod.Builder tb;
      if (r.nextInt(4) == 0) {
        tb = ThemePeriod.builder().from(ThemePeriod.attested(t.theme(), near(r, t.period())));
        tb.putAllAttributes(t.attributes());
      } else {
        tb = ThemePeriod.builder().from(t).period(widen(r, t.period(), false));
        if (r.nextInt(4) == 0) {
          tb.attested(near(r, t.period()));
        }
      }
      if (r.nextBoolean()) {
        tb.addSources(AtlasGenerators.source(r));
      }
      themes.add(tb.build());
    }
    b.themes(themes);
    List<Action> actions = new ArrayList<>();
    for (Action a : p.actions()) {
      Action.Builder ab = Action.builder().from(a).sources(sources(r, a.sources()));
      a.when().ifPresent(when -> ab.when(widen(r, when, false)));
      actions.add(ab.build());
    }
    b.actions(actions);
    List<Perspective> perspectives = new ArrayList<>();
    for (Perspective v : p.perspectives()) {
      Perspective.Builder vb = Perspective.builder().from(v).sources(sources(r, v.sources()));
      v.when().ifPresent(when -> vb.when(widen(r, when, false)));
      perspectives.add(vb.build());
    }
    b.perspectives(perspectives);
    return b.sources(sources(r, p.sources())).build();
  }

  /** A date near a period: one of its known dates, widened, or any date. */
  private static PartialDate near(Random r, DateRange period) {
    Optional<PartialDate> side = r.nextBoolean() ? period.start() : period.end();
    return side.isPresent() ? widen(r, side.get()) : AtlasGenerators.partialDate(r);
  }

  private static List<Source> sources(Random r, List<Source> sources) {
    List<Source> result = new ArrayList<>();
    for (Source source : sources) {
      result.add(
          source.date().isPresent()
              ? Source.builder().from(source).date(widen(r, source.date().get())).build()
              : source);
    }
    return result;
  }

  /**
   * Returns a date that may denote every day {@code d} may: {@code d} itself, or {@code d} with
   * unspecified digits, qualified or both.
   */
  static PartialDate widen(Random r, PartialDate d) {
    PartialDate w = r.nextInt(3) == 0 ? unspecified(r, d.unqualified()) : d.unqualified();
    if (d.isUncertain()) {
      w = w.uncertain();
    }
    if (d.isApproximate()) {
      w = w.approximate();
    }
    switch (r.nextInt(6)) {
      case 0:
        return w.uncertain();
      case 1:
        return w.approximate();
      case 2:
        return w.uncertain().approximate();
      default:
        return w;
    }
  }

  private static PartialDate unspecified(Random r, PartialDate d) {
    String text = d.toString();
    switch (d.precision()) {
      case YEAR:
        if (d.unspecifiedYearDigits() == 0 && r.nextBoolean()) {
          return PartialDate.ofDecade(d.year() / 10 * 10);
        }
        return d.unspecifiedYearDigits() == 2 ? d : PartialDate.ofCentury(d.year() / 100 * 100);
      case MONTH:
        return PartialDate.parse(text.substring(0, 5) + "XX");
      case DAY:
        return PartialDate.parse(
            r.nextBoolean() && !d.isMonthUnspecified()
                ? text.substring(0, 8) + "XX"
                : text.substring(0, 5) + "XX-XX");
      default:
        return d; // a season has no digits to leave unspecified
    }
  }

  /**
   * Returns a period that may hold at every time {@code range} may: each known side widened or made
   * unknown, each open side kept or made unknown; never an open end if {@code noOpenEnd}.
   */
  static DateRange widen(Random r, DateRange range, boolean noOpenEnd) {
    Bound startBound = range.startBound();
    PartialDate start = range.start().orElse(null);
    Bound endBound = range.endBound();
    PartialDate end = range.end().orElse(null);
    if (r.nextInt(4) == 0) {
      startBound = Bound.UNKNOWN;
      start = null;
    } else if (start != null) {
      start = widen(r, start);
    }
    if (r.nextInt(4) == 0 || (noOpenEnd && endBound == Bound.OPEN)) {
      endBound = Bound.UNKNOWN;
      end = null;
    } else if (end != null) {
      end = widen(r, end);
    }
    return DateRange.of(startBound, start, endBound, end);
  }
}
