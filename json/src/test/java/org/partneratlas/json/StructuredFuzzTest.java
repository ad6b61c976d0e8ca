package org.partneratlas.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partneratlas.testing.AtlasGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structure-aware mutation fuzzing, beside the byte-level {@link FuzzTest}: valid documents are
 * parsed into trees and mutated as a data steward's or an importer's mistakes would (properties
 * dropped, renamed or given a value of another type; ids renamed across their references, or only
 * where they are defined; parent cycles; edge values of codes, dates, numbers and encodings), then
 * read. The only exception allowed is {@link AtlasJsonException}; a consistent rename of an id to
 * another valid id keeps a valid document valid; and no read may take more than ten times the
 * expected time of its base document (the harness's bound: the median read of the base, at least
 * {@value #FLOOR_MILLIS} ms, timed twice before it fails).
 *
 * <p>The normal run reads {@value #DEFAULT_ITERATIONS} documents; more with {@code
 * -Dpartneratlas.fuzz.iterations=...} and another seed with {@code -Dpartneratlas.fuzz.seed=...}.
 */
class StructuredFuzzTest {

  static final int DEFAULT_ITERATIONS = 1_500;
  static final long FLOOR_MILLIS = 50;

  private static final AtlasJson JSON = AtlasJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String[] EDGE_TEXTS = {
    "",
    " ",
    "\u3000",
    "\u2028",
    "\u00a0",
    "\u0000",
    "\uFEFF",
    "A\ud800B",
    "\udc00",
    "e\u0301",
    "\uD83C\uDF0A",
    "x".repeat(10_000),
    "ZZ",
    "fr",
    "\u00df",
    "DEU",
    "\u0131t",
    "\u017fe",
    "\ufb01-18",
    "FR-",
    "FR-29",
    "DE-BY",
    "0000",
    "0001",
    "9999-12-31",
    "2020-02-30",
    "2021-02-29",
    "2020-21",
    "2020-25",
    "2020-13",
    "../..",
    "2020/2019",
    "2009/..",
    "../2019",
    "2020//2021",
    "und",
    "i-klingon",
    "en-a",
    "x-private",
    "zh-Hant-TW",
    "https://example.org",
    "ftp://x",
    "mailto:a@b.c",
    "-a",
    "a b",
    "Maritime",
    "maritime.",
    "PARTNER",
    "twinning",
    "null",
    "1"
  };

  private static final String[] EDGE_NUMBERS = {
    "0", "-0.0", "1.0", "1.5", "1e400", "-1e400", "1e-400", "9223372036854775807",
    "9223372036854775808", "2147483648", "-1", "18", "17", "90.0000001", "-180", "1E2"
  };

  private static final String[] KNOWN_NAMES = {
    "id",
    "level",
    "names",
    "officialLanguage",
    "aliases",
    "country",
    "subdivision",
    "parent",
    "coordinates",
    "population",
    "externalIds",
    "sources",
    "attributes",
    "labels",
    "sdgs",
    "kind",
    "description",
    "base",
    "founded",
    "links",
    "parties",
    "agreements",
    "statusHistory",
    "themes",
    "aims",
    "actions",
    "perspectives",
    "territory",
    "role",
    "period",
    "status",
    "title",
    "signed",
    "date",
    "cause",
    "theme",
    "when",
    "place",
    "modality",
    "actors",
    "crisis",
    "summary",
    "territories",
    "partnerships",
    "lessons",
    "adaptations",
    "$schema",
    "format",
    "version"
  };

  /** A base document, its tree and the expected time of its read. */
  private static final class Base {
    final JsonNode tree;
    final long expectedNanos;

    Base(JsonNode tree, long expectedNanos) {
      this.tree = tree;
      this.expectedNanos = expectedNanos;
    }
  }

  @Test
  void structuredMutationsFailOnlyWithTheDocumentedExceptionAndWithinTenTimesTheExpectedTime() {
    int iterations = Integer.getInteger("partneratlas.fuzz.iterations", DEFAULT_ITERATIONS);
    long seed = Long.getLong("partneratlas.fuzz.seed", 20261201L);
    List<Base> bases = bases();
    Random random = new Random(seed);
    int accepted = 0;
    int renames = 0;
    long slowestRatio = 0;
    for (int i = 0; i < iterations; i++) {
      Base base = bases.get(random.nextInt(bases.size()));
      JsonNode tree = base.tree.deepCopy();
      String mutation = mutate(tree, random);
      String document = TREES.writeValueAsString(tree);
      long bound = 10 * Math.max(base.expectedNanos, FLOOR_MILLIS * 1_000_000L);
      boolean ok = false;
      long elapsed = Long.MAX_VALUE;
      for (int attempt = 0; attempt < 2 && elapsed > bound; attempt++) {
        long start = System.nanoTime();
        try {
          var unused = JSON.read(document);
          ok = true;
        } catch (AtlasJsonException expected) {
          assertTrue(!expected.problems().isEmpty());
          ok = false;
        } catch (RuntimeException | Error e) {
          throw new AssertionError(
              "seed " + seed + ", iteration " + i + ", " + mutation + ": unexpected " + e, e);
        }
        elapsed = System.nanoTime() - start;
      }
      if (elapsed > bound) {
        fail(
            "seed "
                + seed
                + ", iteration "
                + i
                + ", "
                + mutation
                + ": read took "
                + elapsed / 1_000_000
                + " ms, more than 10 times the expected "
                + bound / 10_000_000
                + " ms");
      }
      slowestRatio = Math.max(slowestRatio, 10 * elapsed / bound);
      if (mutation.startsWith("consistent rename")) {
        renames++;
        assertTrue(ok, () -> "seed " + seed + ", " + mutation + " made a valid document invalid");
      }
      accepted += ok ? 1 : 0;
    }
    System.out.printf(
        "StructuredFuzzTest: %d documents, %d accepted, %d consistent renames, slowest read %d"
            + " tenths of its bound%n",
        iterations, accepted, renames, slowestRatio);
  }

  private static List<Base> bases() {
    List<String> documents = new ArrayList<>();
    documents.add(JSON.writeString(Fixtures.smallAtlas()));
    documents.add(SchemaReaderAgreementTest.BASE);
    Random r = new Random(11);
    for (int i = 0; i < 4; i++) {
      documents.add(
          JSON.with(AtlasJsonFeature.WRITE_DEFAULT_VALUES)
              .writeString(AtlasGenerators.atlas(r.nextLong())));
    }
    List<Base> bases = new ArrayList<>();
    for (String document : documents) {
      for (int warm = 0; warm < 20; warm++) {
        var unused = JSON.read(document); // class loading and compilation are not timed
      }
      long[] times = new long[9];
      for (int t = 0; t < times.length; t++) {
        long start = System.nanoTime();
        var unused = JSON.read(document);
        times[t] = System.nanoTime() - start;
      }
      java.util.Arrays.sort(times);
      bases.add(new Base(TREES.readTree(document), times[times.length / 2]));
    }
    return bases;
  }

  // ---------------------------------------------------------------------------------------------
  // Mutations

  /** Applies one structured mutation to the tree and says which. */
  static String mutate(JsonNode root, Random r) {
    List<ObjectNode> objects = new ArrayList<>();
    List<ArrayNode> arrays = new ArrayList<>();
    collect(root, objects, arrays);
    switch (r.nextInt(8)) {
      case 0:
        {
          ObjectNode o = pick(objects, r);
          List<String> names = names(o);
          if (names.isEmpty()) {
            return "nothing";
          }
          String name = names.get(r.nextInt(names.size()));
          o.remove(name);
          return "drop " + name;
        }
      case 1:
        {
          ObjectNode o = pick(objects, r);
          List<String> names = names(o);
          if (names.isEmpty()) {
            return "nothing";
          }
          String name = names.get(r.nextInt(names.size()));
          String to = rename(name, r);
          JsonNode value = o.remove(name);
          o.set(to, value);
          return "rename " + name + " to " + to;
        }
      case 2:
        {
          ObjectNode o = pick(objects, r);
          List<String> names = names(o);
          if (names.isEmpty()) {
            return "nothing";
          }
          String name = names.get(r.nextInt(names.size()));
          o.set(name, otherType(o.get(name), r));
          return "type swap of " + name;
        }
      case 3:
        return renameId(root, r, true);
      case 4:
        return renameId(root, r, false);
      case 5:
        return parentCycle(root, r);
      case 6:
        {
          ObjectNode o = pick(objects, r);
          List<String> names = names(o);
          if (names.isEmpty()) {
            return "nothing";
          }
          String name = names.get(r.nextInt(names.size()));
          String edge = EDGE_TEXTS[r.nextInt(EDGE_TEXTS.length)];
          if (o.get(name).isObject() && r.nextBoolean()) {
            ((ObjectNode) o.get(name)).put(edge, "x"); // an edge key
            return "edge key in " + name;
          }
          o.put(name, edge);
          return "edge text for " + name;
        }
      default:
        {
          if (!arrays.isEmpty() && r.nextBoolean()) {
            ArrayNode a = pick(arrays, r);
            a.add(TREES.readTree(EDGE_NUMBERS[r.nextInt(EDGE_NUMBERS.length)]));
            return "edge number in an array";
          }
          ObjectNode o = pick(objects, r);
          List<String> names = names(o);
          if (names.isEmpty()) {
            return "nothing";
          }
          String name = names.get(r.nextInt(names.size()));
          o.set(name, TREES.readTree(EDGE_NUMBERS[r.nextInt(EDGE_NUMBERS.length)]));
          return "edge number for " + name;
        }
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), objects, arrays);
      }
    } else if (node.isArray()) {
      arrays.add((ArrayNode) node);
      for (JsonNode element : node) {
        collect(element, objects, arrays);
      }
    }
  }

  private static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static List<String> names(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.propertyNames().forEach(names::add);
    return names;
  }

  private static String rename(String name, Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return name + "s";
      case 1:
        return name.toUpperCase(java.util.Locale.ROOT);
      case 2:
        return KNOWN_NAMES[r.nextInt(KNOWN_NAMES.length)];
      default:
        return name.isEmpty() ? "x" : name.substring(1);
    }
  }

  private static JsonNode otherType(JsonNode value, Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return value.isString() ? NODES.numberNode(1) : NODES.stringNode(value.toString());
      case 1:
        return NODES.arrayNode().add(value.deepCopy());
      case 2:
        return NODES.objectNode().set("value", value.deepCopy());
      case 3:
        return NODES.nullNode();
      case 4:
        return NODES.booleanNode(true);
      default:
        return value.isArray() && !value.isEmpty() ? value.get(0).deepCopy() : NODES.arrayNode();
    }
  }

  /** The ids defined in a collection or, for actions, in the partnerships. */
  private static List<String> ids(JsonNode root, Random r) {
    List<String> ids = new ArrayList<>();
    String[] collections = {"territories", "actors", "partnerships", "crises", "crisisImpacts"};
    String collection = collections[r.nextInt(collections.length)];
    for (JsonNode entity : root.path(collection)) {
      if (entity.path("id").isString()) {
        ids.add(entity.path("id").asString());
      }
    }
    return ids;
  }

  /**
   * Renames an id: everywhere it occurs as a text (consistently, across its references) or only
   * where it is defined (leaving its references dangling).
   */
  private static String renameId(JsonNode root, Random r, boolean consistent) {
    List<String> ids = ids(root, r);
    if (ids.isEmpty()) {
      return "nothing";
    }
    String id = pick(ids, r);
    String to = "renamed-" + r.nextInt(1_000_000);
    if (consistent) {
      replaceTexts(root, id, to);
      return "consistent rename of " + id + " to " + to;
    }
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects, new ArrayList<>());
    for (ObjectNode o : objects) {
      if (o.path("id").isString() && o.path("id").asString().equals(id)) {
        o.put("id", to);
        break;
      }
    }
    return "rename of the definition of " + id;
  }

  private static void replaceTexts(JsonNode node, String from, String to) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (String name : names(o)) {
        JsonNode value = o.get(name);
        if (value.isString() && value.asString().equals(from)) {
          o.put(name, to);
        } else {
          replaceTexts(value, from, to);
        }
      }
    } else if (node.isArray()) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        JsonNode value = a.get(i);
        if (value.isString() && value.asString().equals(from)) {
          a.set(i, NODES.stringNode(to));
        } else {
          replaceTexts(value, from, to);
        }
      }
    }
  }

  /** Makes two territories (or one) each other's parent. */
  private static String parentCycle(JsonNode root, Random r) {
    JsonNode territories = root.path("territories");
    if (!territories.isArray() || territories.isEmpty()) {
      return "nothing";
    }
    ObjectNode a = (ObjectNode) territories.get(r.nextInt(territories.size()));
    ObjectNode b = (ObjectNode) territories.get(r.nextInt(territories.size()));
    a.set("parent", b.get("id"));
    b.set("parent", a.get("id"));
    return "parent cycle";
  }
}
