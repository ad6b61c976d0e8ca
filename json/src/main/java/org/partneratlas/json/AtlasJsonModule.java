package org.partneratlas.json;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.atlas.Atlas;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.common.Source;
import org.partneratlas.crisis.Adaptation;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.partnership.Agreement;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.partnership.Party;
import org.partneratlas.partnership.Perspective;
import org.partneratlas.partnership.StatusChange;
import org.partneratlas.partnership.ThemePeriod;
import org.partneratlas.territory.Coordinates;
import org.partneratlas.territory.CountryCode;
import org.partneratlas.territory.Population;
import org.partneratlas.territory.SubdivisionCode;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.PartialDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.util.AccessPattern;

/**
 * A Jackson 3 module that gives a host's {@code JsonMapper} serialisers and deserialisers for every
 * public value type of Partner Atlas core, in the same form as the document format of {@link
 * AtlasJson}: {@link Atlas} as a whole document, entities and their parts as objects, and scalar
 * types (ids, codes, {@link PartialDate}, {@link DateRange}) as their canonical text. Ids, codes
 * and dates can also be map keys.
 *
 * <p>It is registered as a service, so {@code JsonMapper.builder().findAndAddModules()} finds it,
 * on the class path and on the module path. The serialisers and deserialisers are written by hand
 * against the public builders of core; they never let Jackson introspect core classes, never use
 * polymorphic type information (default typing is ignored for these types), and reject unknown and
 * duplicate properties whatever the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} says. Bad values
 * are reported as an {@link AtlasJsonException} (a {@code DatabindException}) listing every problem
 * with its JSON Pointer, line and column in the host's document.
 *
 * <p>The lexical limits (string, number and document length, nesting) are those of the host's
 * mapper; {@link JsonLimits#maxArrayLength()}, {@link JsonLimits#maxEntities()} and {@link
 * JsonLimits#maxProblems()} apply.
 *
 * <p>No value of the format is ever null, so:
 *
 * <ul>
 *   <li>{@code null} where a core type is expected ({@code readValue("null", Atlas.class)}, a
 *       record component, a bean property or a list element) is an {@link AtlasJsonException}, not
 *       a null value;
 *   <li>a record (or other creator) component of a core type that is left out is an {@link
 *       AtlasJsonException} too (Jackson may wrap it in its own {@code DatabindException}), while a
 *       setter-based bean keeps the field unset, as Jackson does for any type;
 *   <li>an {@code Optional} of a core type may be null or left out: it is then empty.
 * </ul>
 *
 * <p>Content after the value ({@code readValue("{...} x", Atlas.class)}) is the mapper's business:
 * with {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} (on by default in Jackson 3) the host
 * gets Jackson's own {@code StreamReadException}, since the module reads one value and cannot see
 * what follows it. {@link AtlasJson#read(String)} reports it as a problem of the document.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(territory);
 * Territory back = mapper.readValue(json, Territory.class);
 * }</pre>
 */
public final class AtlasJsonModule extends JacksonModule {

  private final JsonLimits limits;
  private final EnumSet<AtlasJsonFeature> features;

  /**
   * Returns the module with the default limits and features; the constructor called by {@code
   * findAndAddModules()}. See {@link AtlasJson#module()} for other settings.
   */
  public AtlasJsonModule() {
    this(JsonLimits.defaults(), EnumSet.noneOf(AtlasJsonFeature.class));
  }

  AtlasJsonModule(JsonLimits limits, Set<AtlasJsonFeature> features) {
    this.limits = requireNonNull(limits, "limits");
    this.features = EnumSet.noneOf(AtlasJsonFeature.class);
    this.features.addAll(features);
  }

  /**
   * Returns {@code partner-atlas}.
   *
   * @return the module's name
   */
  @Override
  public String getModuleName() {
    return "partner-atlas";
  }

  /**
   * Returns an unknown version: the module is versioned with the format it reads, {@link
   * AtlasJson#VERSION}.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Returns an id that includes the module's settings, so that a host can register a module with
   * other settings after the one found by {@code findAndAddModules()}; the one registered last
   * takes precedence.
   *
   * @return the registration id
   */
  @Override
  public Object getRegistrationId() {
    return getClass().getName()
        + (features.contains(AtlasJsonFeature.WRITE_DEFAULT_VALUES) ? "+defaults" : "")
        + "/"
        + limits;
  }

  /**
   * Registers the serialisers, deserialisers and key deserialisers.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    boolean defaults = features.contains(AtlasJsonFeature.WRITE_DEFAULT_VALUES);
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Registry registry = new Registry(serializers, deserializers, limits, defaults);

    registry.value(Atlas.class, DocumentCodec::write, DocumentReader::readEmbeddedDocument);
    registry.value(Territory.class, TerritoryCodec.INSTANCE);
    registry.value(Theme.class, ThemeCodec.INSTANCE);
    registry.value(Actor.class, ActorCodec.INSTANCE);
    registry.value(Partnership.class, PartnershipCodec.INSTANCE);
    registry.value(Party.class, PartyCodec.INSTANCE);
    registry.value(Agreement.class, AgreementCodec.INSTANCE);
    registry.value(StatusChange.class, StatusChangeCodec.INSTANCE);
    registry.value(ThemePeriod.class, ThemePeriodCodec.INSTANCE);
    registry.value(Action.class, ActionCodec.INSTANCE);
    registry.value(Perspective.class, PerspectiveCodec.INSTANCE);
    registry.value(Crisis.class, CrisisCodec.INSTANCE);
    registry.value(CrisisImpact.class, CrisisImpactCodec.INSTANCE);
    registry.value(Adaptation.class, AdaptationCodec.INSTANCE);
    registry.value(Source.class, SourceCodec.INSTANCE);
    registry.value(LocalizedText.class, LocalizedTextCodec.INSTANCE);
    registry.value(Coordinates.class, CoordinatesCodec.INSTANCE);
    registry.value(Population.class, PopulationCodec.INSTANCE);

    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    registry.scalar(TerritoryId.class, ScalarCodec.TERRITORY_ID, keys);
    registry.scalar(PartnershipId.class, ScalarCodec.PARTNERSHIP_ID, keys);
    registry.scalar(ThemeId.class, ScalarCodec.THEME_ID, keys);
    registry.scalar(ActorId.class, ScalarCodec.ACTOR_ID, keys);
    registry.scalar(ActionId.class, ScalarCodec.ACTION_ID, keys);
    registry.scalar(CrisisId.class, ScalarCodec.CRISIS_ID, keys);
    registry.scalar(CrisisImpactId.class, ScalarCodec.CRISIS_IMPACT_ID, keys);
    registry.scalar(CountryCode.class, ScalarCodec.COUNTRY, keys);
    registry.scalar(SubdivisionCode.class, ScalarCodec.SUBDIVISION, keys);
    registry.scalar(PartialDate.class, ScalarCodec.DATE, keys);
    registry.scalar(DateRange.class, ScalarCodec.DATE_RANGE, keys);

    context.addSerializers(serializers);
    context.addKeySerializers(registry.keySerializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keys);
  }

  /** Collects the serialisers and deserialisers of each type. */
  private static final class Registry {
    final SimpleSerializers serializers;
    final SimpleDeserializers deserializers;
    final SimpleSerializers keySerializers = new SimpleSerializers();
    final JsonLimits limits;
    final boolean defaults;

    Registry(
        SimpleSerializers serializers,
        SimpleDeserializers deserializers,
        JsonLimits limits,
        boolean defaults) {
      this.serializers = serializers;
      this.deserializers = deserializers;
      this.limits = limits;
      this.defaults = defaults;
    }

    <T> void value(Class<T> type, Codec<T> codec) {
      value(type, codec::write, r -> r.readValue(codec));
    }

    <T> void value(
        Class<T> type, BiConsumer<JsonOutput, T> writer, Function<DocumentReader, T> reader) {
      serializers.addSerializer(type, new FormatSerializer<>(type, writer, defaults));
      deserializers.addDeserializer(type, new FormatDeserializer<>(type, reader, limits));
    }

    <T> void scalar(Class<T> type, ScalarCodec<T> codec, SimpleKeyDeserializers keys) {
      value(type, codec);
      keySerializers.addSerializer(type, new KeySerializer<>(type));
      keys.addDeserializer(type, new TextKeyDeserializer(codec.parser));
    }
  }

  /** Writes a value with its codec, never with type information. */
  private static final class FormatSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<JsonOutput, T> writer;
    private final boolean defaults;

    FormatSerializer(Class<T> type, BiConsumer<JsonOutput, T> writer, boolean defaults) {
      this.type = type;
      this.writer = writer;
      this.defaults = defaults;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      writer.accept(new JsonOutput(g, defaults), value);
    }

    @Override
    public void serializeWithType(
        T value, JsonGenerator g, SerializationContext context, TypeSerializer typeSerializer) {
      serialize(value, g, context);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Writes a scalar map key as its canonical text. */
  private static final class KeySerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    KeySerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      g.writeName(value.toString());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /**
   * Reads a value with its codec, ignoring any type information. A null or missing value is an
   * error, except within an {@code Optional} (or another reference type), which stands for "may be
   * absent".
   */
  private static final class FormatDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<DocumentReader, T> reader;
    private final JsonLimits limits;
    private final boolean inReference;

    FormatDeserializer(Class<T> type, Function<DocumentReader, T> reader, JsonLimits limits) {
      this(type, reader, limits, false);
    }

    private FormatDeserializer(
        Class<T> type, Function<DocumentReader, T> reader, JsonLimits limits, boolean inReference) {
      this.type = type;
      this.reader = reader;
      this.limits = limits;
      this.inReference = inReference;
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext context, @Nullable BeanProperty property) {
      boolean reference = property != null && property.getType().isReferenceType();
      return reference == inReference
          ? this
          : new FormatDeserializer<>(type, reader, limits, reference);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      String base = p.streamReadContext().pathAsPointer().toString();
      return reader.apply(new DocumentReader(p, limits, base));
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext context, TypeDeserializer typeDeserializer) {
      return deserialize(p, context);
    }

    /**
     * Rejects {@code null}: no value of the format is ever null ({@code readValue("null",
     * Atlas.class)}, a record component or a list element given as null).
     */
    @Override
    public @Nullable Object getNullValue(DeserializationContext context) {
      if (inReference) {
        return null; // Optional.empty()
      }
      throw missing(context, "found null: leave the property out rather than writing null");
    }

    /** Rejects a missing creator property (such as a record component) of this type. */
    @Override
    public @Nullable Object getAbsentValue(DeserializationContext context) {
      if (inReference) {
        return null;
      }
      throw missing(
          context,
          "it is missing: add it, or declare it as an Optional<"
              + type.getSimpleName()
              + "> if it may be absent");
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC; // throws, so never cached as a constant
    }

    private AtlasJsonException missing(DeserializationContext context, String what) {
      return problemAtParser(context, "Expected " + article(type) + ", but " + what);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** A problem at the parser's current token in the host's document. */
  private static AtlasJsonException problemAtParser(
      DeserializationContext context, String message) {
    JsonParser p = context.getParser();
    String pointer = "";
    int line = 0;
    int column = 0;
    if (p != null) {
      pointer = p.streamReadContext().pathAsPointer().toString();
      TokenStreamLocation at = p.currentTokenLocation();
      line = Math.max(0, at.getLineNr());
      column = line == 0 ? 0 : Math.max(0, at.getColumnNr());
    }
    return new AtlasJsonException(
        java.util.List.of(JsonProblem.of(pointer, line, column, message)), false);
  }

  /** Names a type for messages: "a TerritoryId", "an Atlas". */
  private static String article(Class<?> type) {
    String name = type.getSimpleName();
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** Reads a scalar map key from its canonical text. */
  private static final class TextKeyDeserializer extends KeyDeserializer {
    private final Function<String, ?> parser;

    TextKeyDeserializer(Function<String, ?> parser) {
      this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return parser.apply(key);
      } catch (IllegalArgumentException e) {
        throw problemAtParser(context, String.valueOf(e.getMessage()));
      }
    }
  }
}
