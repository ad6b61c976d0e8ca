package org.partneratlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the core module, read from its compiled classes (tests excluded).
 *
 * <p>From the ground up: {@code internal} (implementation details, not exported); the entity and
 * value packages; {@code atlas}, which holds and queries them; {@code report}, the views that read
 * a whole atlas. Each layer uses only the ones below it. An annotation of SOURCE retention (such as
 * {@code internal.AtlasStyle} on the package-info files) and a constant the compiler inlines leave
 * no trace in the classes, so these rules do not see them.
 */
@AnalyzeClasses(packages = "org.partneratlas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  /** The packages of entities and values: they know nothing of the atlas that holds them. */
  private static final String[] ENTITY_AND_VALUE_PACKAGES = {
    "org.partneratlas.common..",
    "org.partneratlas.time..",
    "org.partneratlas.territory..",
    "org.partneratlas.partnership..",
    "org.partneratlas.theme..",
    "org.partneratlas.action..",
    "org.partneratlas.actor..",
    "org.partneratlas.crisis..",
    "org.partneratlas.geography..",
  };

  /** Every package of the core module, and the json module, which may use {@code internal}. */
  private static final String[] MAY_USE_INTERNAL = {
    "org.partneratlas.internal..",
    "org.partneratlas.common..",
    "org.partneratlas.time..",
    "org.partneratlas.territory..",
    "org.partneratlas.partnership..",
    "org.partneratlas.theme..",
    "org.partneratlas.action..",
    "org.partneratlas.actor..",
    "org.partneratlas.crisis..",
    "org.partneratlas.geography..",
    "org.partneratlas.atlas..",
    "org.partneratlas.report..",
    "org.partneratlas.search..",
    "org.partneratlas.json..",
  };

  @ArchTest
  static final ArchRule entityAndValuePackagesDoNotReadTheAtlasOrItsReports =
      noClasses()
          .that()
          .resideInAnyPackage(ENTITY_AND_VALUE_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.partneratlas.atlas..", "org.partneratlas.report..")
          .because("views that read a whole atlas belong in org.partneratlas.report");

  @ArchTest
  static final ArchRule theAtlasDoesNotReadItsReports =
      noClasses()
          .that()
          .resideInAPackage("org.partneratlas.atlas..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.partneratlas.report..");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("org.partneratlas.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule internalDependsOnNoOtherPackageOfTheLibrary =
      noClasses()
          .that()
          .resideInAPackage("org.partneratlas.internal..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "are in another package of the library",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("org.partneratlas.")
                          && !c.getPackageName().startsWith("org.partneratlas.internal")))
          .because("the packages that use internal must not be used by it (no cycle)");

  @ArchTest
  static final ArchRule internalIsUsedOnlyByCoreAndJson =
      classes()
          .that()
          .resideInAPackage("org.partneratlas.internal..")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAnyPackage(MAY_USE_INTERNAL)
          .because("internal is not exported: it is no API (a new core package is listed above)");

  @ArchTest
  static final ArchRule coreKnowsNothingOfJsonFilesOrJackson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "tools.jackson..",
              "com.fasterxml..",
              "org.partneratlas.json..",
              "org.partneratlas.io..",
              "java.nio.file..")
          .orShould()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "read or write files (java.io.File*, java.io.RandomAccessFile)",
                  (JavaClass c) ->
                      c.getName().startsWith("java.io.File")
                          || c.getName().equals("java.io.RandomAccessFile")))
          .because(
              "core reads its bundled tables as class-path resources through InputStream only;"
                  + " files and JSON are the json and io modules' business");
}
