package org.partneratlas.json;

import static org.partneratlas.json.Texts.abbreviate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.partneratlas.atlas.EntityKind;
import org.partneratlas.atlas.Problem;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the entities of a document's top-level collections are, and which of them could not be
 * read: what a {@link DocumentReader} needs to report the problems of the Atlas's rules (dangling
 * references, cycles, ...) at their place in the document, and to leave out a reference to an
 * entity whose own problem is reported already. Not thread-safe: one per reader.
 */
final class EntityPlaces {

  /** Start line and column of each entity of each top-level collection. */
  private final Map<EntityKind, Locations> entities = new EnumMap<>(EntityKind.class);

  /**
   * The ids of the entities that could not be read (an action's among them when its partnership
   * could not be read): a reference to one of them is not reported, the entity itself is.
   */
  private final Set<Problem.Reference> unread = new HashSet<>();

  /**
   * The kinds of which an entity could not be read and gave no valid id: a reference to an entity
   * of such a kind may be to it, so none is reported as missing.
   */
  private final Set<EntityKind> idUnreadable = EnumSet.noneOf(EntityKind.class);

  /**
   * Lines and columns of the entities of one collection, compactly, and the position in the
   * document of each entity added to the Atlas builder (an entity that could not be read is not
   * added, so the builder's positions run behind the document's after it).
   */
  private static final class Locations {
    int[] lines = new int[16];
    int[] columns = new int[16];
    int count;
    int[] added = new int[16];
    int addedCount;

    void add(int line, int column) {
      if (count == lines.length) {
        lines = Arrays.copyOf(lines, count * 2);
        columns = Arrays.copyOf(columns, count * 2);
      }
      lines[count] = line;
      columns[count] = column;
      count++;
    }

    /** Notes that the entity read last was added to the builder. */
    void added() {
      if (addedCount == added.length) {
        added = Arrays.copyOf(added, addedCount * 2);
      }
      added[addedCount++] = count - 1;
    }

    /** The position in the document of the entity at {@code index} in the builder. */
    int inDocument(int index) {
      return index < addedCount ? added[index] : index;
    }
  }

  EntityPlaces() {
    for (EntityKind kind : EntityKind.values()) {
      entities.put(kind, new Locations());
    }
  }

  /** Notes the start of the next entity of a collection. */
  void met(EntityKind kind, TokenStreamLocation at) {
    locations(kind).add(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
  }

  /** Notes that the entity met last of the kind was read and added to the Atlas builder. */
  void added(EntityKind kind) {
    locations(kind).added();
  }

  /**
   * Notes that the entity met last of the kind could not be read, with the ids read within it.
   *
   * @param ids the valid ids read in the entity: its own, and its actions' for a partnership
   */
  void unread(EntityKind kind, List<Problem.Reference> ids) {
    unread.addAll(ids);
    if (ids.stream().noneMatch(id -> id.kind() == kind)) {
      idUnreadable.add(kind);
    }
  }

  /**
   * Whether a problem of the Atlas's rules is to be reported beside the problems of the values: not
   * when it is a reference to an entity that could not be read, or to a kind of which an entity had
   * no valid id.
   */
  boolean reportable(Problem problem) {
    Problem.Reference missing = problem.missing().orElse(null);
    return missing == null || !(unread.contains(missing) || idUnreadable.contains(missing.kind()));
  }

  /**
   * Whether a problem is in the document's own properties rather than in an entity (an unknown or
   * misspelt collection, a collection that is not an array, a bad version): the entities met may
   * then not be all the document holds, so the rules between them are not checked. A missing
   * property of the document (its pointer is the document's own) hides no entity.
   *
   * @param basePointer the JSON Pointer of the document
   */
  static boolean structureProblems(List<JsonProblem> problems, String basePointer) {
    for (JsonProblem problem : problems) {
      String pointer = problem.pointer();
      String within =
          pointer.startsWith(basePointer) ? pointer.substring(basePointer.length()) : pointer;
      if (!within.isEmpty() && within.indexOf('/', 1) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problems of the Atlas's rules as problems of the document: each with the pointer of its
   * entity and field in the document, and its line and column, exact where the locator finds the
   * value, else the start of its entity.
   *
   * @param locator finds the line and column of pointers in the document's text; null when the
   *     document cannot be read again (a stream)
   * @param basePointer the JSON Pointer of the document
   */
  List<JsonProblem> locate(
      List<Problem> problems, @Nullable PointerLocator locator, String basePointer) {
    List<String> pointers = new ArrayList<>();
    for (Problem problem : problems) {
      pointers.add(pointerOf(problem, basePointer));
    }
    Map<String, int[]> exact = Map.of();
    if (locator != null) {
      exact = locator.locate(new HashSet<>(pointers));
    }
    List<JsonProblem> result = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      String pointer = pointers.get(i);
      int line = 0;
      int column = 0;
      int[] at = exact.get(pointer);
      Locations locations = locations(problem.kind());
      int index = locations.inDocument(problem.index());
      if (at != null) {
        line = at[0];
        column = at[1];
      } else if (index < locations.count) {
        line = locations.lines[index];
        column = locations.columns[index];
      }
      result.add(JsonProblem.of(pointer, line, column, ruleMessage(problem)));
    }
    return result;
  }

  /**
   * The message of a rule problem: the entity by kind and id, then what is wrong; its field is in
   * the pointer already, so it is not repeated.
   */
  private static String ruleMessage(Problem problem) {
    return problem.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " '"
        + abbreviate(problem.entityId())
        + "': "
        + problem.message();
  }

  private String pointerOf(Problem problem, String basePointer) {
    int index = locations(problem.kind()).inDocument(problem.index());
    StringBuilder sb = new StringBuilder(basePointer);
    sb.append('/').append(problem.kind().collection()).append('/').append(index);
    for (String segment : problem.path()) {
      sb.append('/');
      Texts.escape(sb, segment);
    }
    return sb.toString();
  }

  private Locations locations(EntityKind kind) {
    Locations locations = entities.get(kind);
    if (locations == null) {
      throw new IllegalStateException("no locations for " + kind);
    }
    return locations;
  }
}
