package org.partneratlas.common;

import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The hand-written id syntax check agrees with the documented pattern. */
class EntityIdSyntaxTest {

  private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  @Test
  void isValidAgreesWithTheDocumentedPattern() {
    qt().withExamples(5000)
        .forAll(SourceDSL.strings().betweenCodePoints(0x20, 0x7f).ofLengthBetween(0, 140))
        .check(s -> EntityId.isValid(s) == DOCUMENTED.matcher(s).matches());
    qt().withExamples(2000)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 130))
        .check(s -> EntityId.isValid(s) == DOCUMENTED.matcher(s).matches());
    qt().withExamples(2000)
        .forAll(
            SourceDSL.integers().between(0, 135),
            SourceDSL.strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 1))
        .check(
            (n, c) -> {
              String s = "a" + c.repeat(n);
              return EntityId.isValid(s) == DOCUMENTED.matcher(s).matches();
            });
  }
}
