package org.partneratlas.common;

import java.util.Optional;
import org.immutables.value.Value;
import org.partneratlas.internal.Checks;
import org.partneratlas.time.PartialDate;

/**
 * Where a fact comes from: a document, its publisher and date, a web address, a page.
 *
 * <p>Partnerships, agreements, actions, crises, impacts, territories and actors carry their
 * sources, so that every fact of an Atlas can be traced. Only the title is required. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Source seed = Source.builder()
 *     .title("Villes jumelles de Brest et villes partenaires de Brest Métropole")
 *     .publisher("Brest Métropole")
 *     .date(PartialDate.ofYear(2020))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Source {

  Source() {}

  /**
   * Returns a builder of sources.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the values of this {@code Source}, to derive a changed copy: {@code
   * x.toBuilder().build()} equals {@code x}.
   *
   * @return a new builder
   */
  public abstract Builder toBuilder();

  /**
   * Returns the title of the document or page.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns who published it.
   *
   * @return the publisher, if known
   */
  public abstract Optional<String> publisher();

  /**
   * Returns when it was published.
   *
   * @return the publication date, if known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns its web address.
   *
   * @return the URL, if any
   */
  public abstract Optional<String> url();

  /**
   * Returns the page, slide or section where the fact is found.
   *
   * @return the location within the document, if given
   */
  public abstract Optional<String> page();

  /**
   * Returns a note on the source, such as its confidence or a disagreement with another source.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Checks.Collector problems = new Checks.Collector("A source");
    problems.check(() -> Checks.notBlank(title(), "The source title"));
    publisher().ifPresent(p -> problems.check(() -> Checks.notBlank(p, "The source publisher")));
    url().ifPresent(u -> problems.check(() -> Checks.url(u)));
    page().ifPresent(p -> problems.check(() -> Checks.notBlank(p, "The source page")));
    note().ifPresent(p -> problems.check(() -> Checks.notBlank(p, "The source note")));
    problems.throwIfAny();
  }

  /** Builds a {@link Source}; not thread-safe. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
