package org.partneratlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.partneratlas.action.ActionKind;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.action.Modality;
import org.partneratlas.crisis.CrisisKind;
import org.partneratlas.partnership.AgreementKind;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.report.ModalityMix;
import org.partneratlas.territory.TerritoryLevel;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Season;

class ReportCommandTest {

  private static final String METROPOLE = "fr-brest-metropole";

  @Test
  void theReportOfBrestMetropoleWithItsCityHasEverySection() {
    Cli.Run run =
        Cli.run(
            "report", Cli.bundled().toString(), "--territory", METROPOLE, "--include-subdivisions");
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("INTERNATIONAL ACTION OF BREST MÉTROPOLE\n"), run::toString);
    assertTrue(out.contains("With its subdivisions: Brest."), out);
    assertTrue(out.contains("Partnerships: 13 · partner territories: 14 · countries: 13"), out);
    int previous = -1;
    for (String section :
        List.of(
            "Partners by kind",
            "Themes and their history",
            "Timeline (themes: see above)",
            "Crises and their impact",
            "Planned developments")) {
      int at = out.indexOf("\n" + section + "\n" + "-".repeat(section.length()) + "\n");
      assertTrue(at > previous, section + " in order\n" + out);
      previous = at;
    }
    assertTrue(out.contains("Twinning (8)"), out);
    assertTrue(out.contains("  Kiel           Germany         since 1964"), out);
    assertTrue(
        out.contains("1 August 1964          Twinning charter signed · Twinning with Kiel"), out);
    assertTrue(out.contains("COVID-19 (pandemic, 2020 – end not known)"), out);
    assertTrue(out.contains("12–16 October 2020"), out);
    assertTrue(out.contains("new partners: Xalapa (Mexico)"), out);
    for (String line : out.split("\n", -1)) {
      assertTrue(
          line.codePointCount(0, line.length()) <= TerritoryReport.WIDTH
              || !line.strip().contains(" "),
          line);
    }
  }

  @Test
  void withoutSubdivisionsTheMetropoleAloneHasFewerPartnerships() {
    Cli.Run alone = Cli.run("report", Cli.bundled().toString(), "--territory", METROPOLE);
    assertEquals(0, alone.exitCode(), alone::toString);
    assertFalse(alone.out().contains("With its subdivisions"), alone::toString);
    assertFalse(alone.out().contains("Partnerships: 13 ·"), alone::toString);
  }

  @Test
  void frenchUsesTheDataFrenchNamesAndFrenchWords() {
    Cli.Run run =
        Cli.run(
            "report",
            Cli.bundled().toString(),
            "--territory",
            METROPOLE,
            "--include-subdivisions",
            "--lang",
            "fr");
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.startsWith("ACTION INTERNATIONALE DE BREST MÉTROPOLE\n"), out);
    assertTrue(out.contains("Jumelage (8)"), out);
    assertTrue(out.contains("Cadix"), "the French name of Cádiz\n" + out);
    assertTrue(out.contains("Signature : charte de jumelage · Jumelage avec Kiel"), out);
    assertTrue(out.contains("12–16 octobre 2020"), out);
    assertTrue(out.contains("Chronologie"), out);
  }

  @Test
  void spanishForAnyTerritory() {
    Cli.Run run =
        Cli.run("report", Cli.bundled().toString(), "--territory", "kiel", "--lang", "ES");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("ACCIÓN INTERNACIONAL DE KIEL\n"), run::toString);
    assertTrue(run.out().contains("Hermanamiento (1)"), run::toString);
    assertTrue(run.out().contains("  Brest  Francia  desde 1964"), run::toString);
    assertTrue(run.out().contains("(ninguno en los datos)"), run::toString);
  }

  @Test
  void anUnknownTerritorySaysWhatItMayBeAndExits1() {
    Cli.Run run = Cli.run("report", Cli.bundled().toString(), "--territory", "fr-brest-metropol");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains("no territory with id or name 'fr-brest-metropol'"), run::toString);
    assertTrue(run.err().contains("did you mean fr-brest-metropole"), run::toString);
    assertEquals(2, Cli.run("report", Cli.bundled().toString()).exitCode(), "--territory needed");
    assertEquals(
        2,
        Cli.run("report", Cli.bundled().toString(), "--territory", "x", "--lang", "de").exitCode());
  }

  @Test
  void datesAndPeriodsInEachLanguage() {
    Words en = new Words(Words.Language.EN);
    Words fr = new Words(Words.Language.FR);
    Words es = new Words(Words.Language.ES);
    assertEquals("autumn 2020", en.range(DateRange.parse("2020-23")));
    assertEquals("automne 2020", fr.range(DateRange.parse("2020-23")));
    assertEquals("otoño de 2020", es.range(DateRange.parse("2020-23")));
    assertEquals("since 2009", en.range(DateRange.parse("2009/..")));
    assertEquals("depuis 2009", fr.range(DateRange.parse("2009/..")));
    assertEquals("2010 – end not known", en.range(DateRange.parse("2010/")));
    assertEquals("the 1960s", en.range(DateRange.parse("196X")));
    assertEquals("vers 1960", fr.range(DateRange.parse("1960~")));
    assertEquals("12 de julio de 2012", es.range(DateRange.parse("2012-07-12")));
    assertEquals("2017–2018", en.range(DateRange.parse("2017/2018")));
    assertEquals("dates not known", en.range(DateRange.unknown()));
  }

  /** Every word the report may need is in every language's own bundle, not only in English. */
  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Properties english = bundle("report.properties");
    List<String> enumKeys = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.of(
            PartnershipKind.class,
            PartnershipStatus.class,
            PartyRole.class,
            AgreementKind.class,
            ActionKind.class,
            ActionStatus.class,
            Modality.class,
            CrisisKind.class,
            ModalityMix.Phase.class,
            TerritoryLevel.class,
            Season.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        enumKeys.add(type.getSimpleName() + "." + constant.name());
      }
    }
    for (String file :
        List.of("report.properties", "report_fr.properties", "report_es.properties")) {
      Properties p = bundle(file);
      for (String key : enumKeys) {
        assertTrue(p.containsKey(key), file + " lacks " + key);
      }
      for (String key : english.stringPropertyNames()) {
        assertTrue(p.containsKey(key), file + " lacks " + key);
      }
      assertEquals(english.stringPropertyNames(), p.stringPropertyNames(), file);
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void wrappingKeepsWordsWholeAndIndentsWhatFollows() {
    assertEquals("- one two\n  three", TerritoryReport.wrap("- ", "one two three", 10));
    assertEquals(
        "- averyveryverylongword\n  x", TerritoryReport.wrap("- ", "averyveryverylongword x", 10));
  }
}
