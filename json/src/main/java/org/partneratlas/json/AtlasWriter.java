package org.partneratlas.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionStatus;
import org.partneratlas.actor.Actor;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.PartyRole;
import org.partneratlas.partnership.PartyStatus;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.Territory;
import org.partneratlas.theme.Theme;
import org.partneratlas.time.DateRange;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the format token by token to a {@link JsonGenerator}, in a fixed property order, so that
 * the same value always gives the same bytes.
 *
 * <p>Absent optional values are left out, never written as null. Unless {@link
 * AtlasJsonFeature#WRITE_DEFAULT_VALUES} is on, so are empty collections and texts and the
 * properties that hold their default value. Maps (attributes, external ids) are written sorted by
 * key and sets sorted by their natural order, so that equal values, built in any order, are written
 * alike.
 */
final class AtlasWriter {

  private final JsonGenerator g;
  private final boolean defaults;

  AtlasWriter(JsonGenerator g, boolean writeDefaults) {
    this.g = g;
    this.defaults = writeDefaults;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** Writes a text, rejecting one that UTF-8 cannot encode. */
  private void writeText(String text) {
    check(text, "text");
    g.writeString(text);
  }

  /** Writes a property name or map key, rejecting one that UTF-8 cannot encode. */
  private void writeName(String name) {
    check(name, "key");
    g.writeName(name);
  }

  private void check(String text, String what) {
    if (AtlasReader.unpairedSurrogate(text) >= 0) {
      String at = g.streamWriteContext().pathAsPointer().toString();
      throw new IllegalArgumentException(
          AtlasReader.surrogateMessage("The " + what, text)
              + " (at "
              + (at.isEmpty() ? "the document root" : at)
              + "): it cannot be written as UTF-8");
    }
  }

  private void string(String name, Object value) {
    g.writeName(name);
    writeText(value.toString());
  }

  private void optional(String name, Optional<?> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  private void text(String name, LocalizedText value) {
    if (defaults || !value.isEmpty()) {
      g.writeName(name);
      text(value);
    }
  }

  void text(LocalizedText value) {
    g.writeStartObject();
    for (Map.Entry<String, String> e : value.asMap().entrySet()) {
      writeName(e.getKey());
      writeText(e.getValue());
    }
    g.writeEndObject();
  }

  private void map(String name, Map<String, String> map) {
    if (defaults || !map.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
        writeName(e.getKey());
        writeText(e.getValue());
      }
      g.writeEndObject();
    }
  }

  private void strings(String name, Collection<?> values) {
    if (defaults || !values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (Object value : values) {
        writeText(value.toString());
      }
      g.writeEndArray();
    }
  }

  /** Writes a set sorted by natural order (ids by text, enums by declaration). */
  private <T extends Comparable<? super T>> void sortedSet(String name, Collection<T> values) {
    List<T> sorted = new ArrayList<>(values);
    java.util.Collections.sort(sorted);
    strings(name, sorted);
  }

  private <T> void list(String name, List<T> values, Consumer<T> element) {
    if (defaults || !values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (T value : values) {
        element.accept(value);
      }
      g.writeEndArray();
    }
  }

  private void sources(List<Source> sources) {
    list("sources", sources, this::source);
  }

  private void attributes(Map<String, String> attributes) {
    map("attributes", attributes);
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** Writes a scalar (id, code, date) as its canonical text. */
  void scalar(Object value) {
    writeText(value.toString());
  }

  void source(Source s) {
    g.writeStartObject();
    string("title", s.title());
    optional("publisher", s.publisher());
    optional("date", s.date());
    optional("url", s.url());
    optional("page", s.page());
    optional("note", s.note());
    g.writeEndObject();
  }

  void coordinates(Coordinates c) {
    g.writeStartObject();
    g.writeName("latitude");
    g.writeNumber(c.latitude());
    g.writeName("longitude");
    g.writeNumber(c.longitude());
    g.writeEndObject();
  }

  void population(Population p) {
    g.writeStartObject();
    g.writeName("count");
    g.writeNumber(p.count());
    g.writeName("year");
    g.writeNumber(p.year());
    g.writeEndObject();
  }

  void territory(Territory t) {
    g.writeStartObject();
    string("id", t.id());
    string("level", t.level().name());
    g.writeName("names");
    text(t.names());
    string("officialLanguage", t.officialLanguage());
    strings("aliases", t.aliases());
    string("country", t.country());
    optional("subdivision", t.subdivision());
    optional("parent", t.parent());
    if (t.coordinates().isPresent()) {
      g.writeName("coordinates");
      coordinates(t.coordinates().get());
    }
    if (t.population().isPresent()) {
      g.writeName("population");
      population(t.population().get());
    }
    map("externalIds", t.externalIds());
    sources(t.sources());
    attributes(t.attributes());
    g.writeEndObject();
  }

  void theme(Theme t) {
    g.writeStartObject();
    string("id", t.id());
    g.writeName("labels");
    text(t.labels());
    if (defaults || !t.sdgs().isEmpty()) {
      g.writeName("sdgs");
      g.writeStartArray();
      for (int goal : t.sdgs()) {
        g.writeNumber(goal);
      }
      g.writeEndArray();
    }
    attributes(t.attributes());
    g.writeEndObject();
  }

  void actor(Actor a) {
    g.writeStartObject();
    string("id", a.id());
    string("kind", a.kind().name());
    g.writeName("names");
    text(a.names());
    text("description", a.description());
    optional("base", a.base());
    optional("founded", a.founded());
    strings("links", a.links());
    sources(a.sources());
    attributes(a.attributes());
    g.writeEndObject();
  }

  void party(Party p) {
    g.writeStartObject();
    string("territory", p.territory());
    if (defaults || p.role() != PartyRole.PARTNER) {
      string("role", p.role().name());
    }
    if (defaults || !p.period().equals(DateRange.unbounded())) {
      string("period", p.period());
    }
    if (defaults || p.status() != PartyStatus.ACTIVE) {
      string("status", p.status().name());
    }
    optional("attested", p.attested());
    sources(p.sources());
    attributes(p.attributes());
    g.writeEndObject();
  }

  void agreement(Agreement a) {
    g.writeStartObject();
    string("kind", a.kind().name());
    text("title", a.title());
    optional("signed", a.signed());
    optional("period", a.period());
    sources(a.sources());
    attributes(a.attributes());
    g.writeEndObject();
  }

  void statusChange(StatusChange c) {
    g.writeStartObject();
    optional("date", c.date());
    optional("attested", c.attested());
    string("status", c.status().name());
    text("cause", c.cause());
    sources(c.sources());
    attributes(c.attributes());
    g.writeEndObject();
  }

  void themePeriod(ThemePeriod t) {
    g.writeStartObject();
    string("theme", t.theme());
    if (defaults || !t.period().equals(DateRange.unbounded())) {
      string("period", t.period());
    }
    optional("attested", t.attested());
    sources(t.sources());
    attributes(t.attributes());
    g.writeEndObject();
  }

  void action(Action a) {
    g.writeStartObject();
    string("id", a.id());
    string("kind", a.kind().name());
    text("title", a.title());
    optional("when", a.when());
    optional("place", a.place());
    if (a.modality().isPresent()) {
      string("modality", a.modality().get().name());
    }
    if (defaults || a.status() != ActionStatus.HELD) {
      string("status", a.status().name());
    }
    sortedSet("themes", a.themes());
    sortedSet("actors", a.actors());
    strings("links", a.links());
    sources(a.sources());
    attributes(a.attributes());
    g.writeEndObject();
  }

  void perspective(Perspective p) {
    g.writeStartObject();
    text("description", p.description());
    optional("when", p.when());
    sortedSet("plannedParties", p.plannedParties());
    sortedSet("plannedThemes", p.plannedThemes());
    enumSet("plannedActionKinds", p.plannedActionKinds());
    enumSet("plannedModalities", p.plannedModalities());
    sources(p.sources());
    attributes(p.attributes());
    g.writeEndObject();
  }

  private <E extends Enum<E>> void enumSet(String name, Collection<E> values) {
    List<E> sorted = new ArrayList<>(values);
    java.util.Collections.sort(sorted);
    List<String> names = new ArrayList<>(sorted.size());
    for (E value : sorted) {
      names.add(value.name());
    }
    strings(name, names);
  }

  void partnership(Partnership p) {
    g.writeStartObject();
    string("id", p.id());
    string("kind", p.kind().name());
    text("names", p.names());
    list("parties", p.parties(), this::party);
    list("agreements", p.agreements(), this::agreement);
    list("statusHistory", p.statusHistory(), this::statusChange);
    list("themes", p.themes(), this::themePeriod);
    list("aims", p.aims(), this::text);
    list("actions", p.actions(), this::action);
    list("perspectives", p.perspectives(), this::perspective);
    sources(p.sources());
    attributes(p.attributes());
    g.writeEndObject();
  }

  void crisis(Crisis c) {
    g.writeStartObject();
    string("id", c.id());
    string("kind", c.kind().name());
    g.writeName("names");
    text(c.names());
    string("period", c.period());
    optional("externalCode", c.externalCode());
    sources(c.sources());
    attributes(c.attributes());
    g.writeEndObject();
  }

  void adaptation(Adaptation a) {
    g.writeStartObject();
    g.writeName("description");
    text(a.description());
    sortedSet("actions", a.actions());
    attributes(a.attributes());
    g.writeEndObject();
  }

  void crisisImpact(CrisisImpact i) {
    g.writeStartObject();
    string("id", i.id());
    string("crisis", i.crisis());
    text("summary", i.summary());
    sortedSet("territories", i.territories());
    sortedSet("partnerships", i.partnerships());
    enumSet("suspendedActionKinds", i.suspendedActionKinds());
    list("adaptations", i.adaptations(), this::adaptation);
    list("lessons", i.lessons(), this::text);
    sources(i.sources());
    attributes(i.attributes());
    g.writeEndObject();
  }

  /** Writes a whole document; the six collections are always written, even when empty. */
  void document(Atlas atlas) {
    g.writeStartObject();
    g.writeName("format");
    writeText(AtlasReader.FORMAT);
    g.writeName("version");
    g.writeNumber(AtlasReader.VERSION);
    collection("territories", atlas.territories(), this::territory);
    collection("themes", atlas.themes(), this::theme);
    collection("actors", atlas.actors(), this::actor);
    collection("partnerships", atlas.partnerships(), this::partnership);
    collection("crises", atlas.crises(), this::crisis);
    collection("crisisImpacts", atlas.crisisImpacts(), this::crisisImpact);
    g.writeEndObject();
  }

  private <T> void collection(String name, Iterable<T> values, Consumer<T> element) {
    g.writeName(name);
    g.writeStartArray();
    for (T value : values) {
      element.accept(value);
    }
    g.writeEndArray();
  }
}
