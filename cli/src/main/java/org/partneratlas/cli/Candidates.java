package org.partneratlas.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.partneratlas.io.table.TableFormat;
import org.partneratlas.partnership.PartnershipKind;
import org.partneratlas.partnership.PartnershipStatus;

/**
 * The values of an enum option in lower case ({@code twinning}, {@code decentralised_cooperation}),
 * as the help lists them and shell completion offers them; the commands read them in any case.
 */
class Candidates implements Iterable<String> {

  private final Class<? extends Enum<?>> type;

  Candidates(Class<? extends Enum<?>> type) {
    this.type = type;
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .iterator();
  }

  static final class Kinds extends Candidates {
    Kinds() {
      super(PartnershipKind.class);
    }
  }

  static final class Statuses extends Candidates {
    Statuses() {
      super(PartnershipStatus.class);
    }
  }

  static final class TableFormats extends Candidates {
    TableFormats() {
      super(TableFormat.class);
    }
  }

  static final class Progress extends Candidates {
    Progress() {
      super(ProgressDisplay.Mode.class);
    }
  }

  static final class Layouts extends Candidates {
    Layouts() {
      super(ValidateCommand.Layout.class);
    }
  }

  static final class ValidateFormats extends Candidates {
    ValidateFormats() {
      super(ValidateCommand.Format.class);
    }
  }

  /** The export formats, with hyphens as the command line writes them ({@code svg-map}). */
  static final class ExportFormats extends Candidates {
    ExportFormats() {
      super(ExportCommand.Format.class);
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExportCommand.Format.values())
          .map(ExportCommand.Format::word)
          .iterator();
    }
  }

  static final class Tables extends Candidates {
    Tables() {
      super(ExportCommand.Table.class);
    }
  }

  static final class QueryFormats extends Candidates {
    QueryFormats() {
      super(QueryCommand.Format.class);
    }
  }

  static final class Languages extends Candidates {
    Languages() {
      super(Words.Language.class);
    }
  }
}
