package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
import org.partneratlas.internal.NameFolding;

/**
 * The entities of one kind in an {@link Atlas}: its territories, partnerships, themes, actors,
 * crises, crisis impacts or actions, in the order they were added, by id and by name.
 *
 * <p>One policy for every kind:
 *
 * <ul>
 *   <li>{@link #get} and {@link #findNamed} may find nothing and return an {@link Optional};
 *   <li>{@link #require} and {@link #requireNamed} must find one and otherwise throw an {@link
 *       IllegalArgumentException} naming the id or name;
 *   <li>names are matched whole, in any language, ignoring case, accents and punctuation ("cadiz"
 *       finds Cádiz, "terre de feu" finds Tierra del Fuego through its French name; a territory is
 *       also found by its aliases, a theme by its labels); {@link #named} lists every match.
 * </ul>
 *
 * <p>Lookup by id takes constant time; lookup by name takes time proportional to the length of the
 * name and of the result, from a name index built on first use. A table is immutable and
 * thread-safe; two tables are equal when they hold equal entities in the same order.
 *
 * <pre>{@code
 * atlas.territories().require(TerritoryId.of("fr-brest"));
 * atlas.territories().requireNamed("cadiz");               // Cádiz
 * atlas.themes().named("énergies marines");                 // the marine energies theme
 * atlas.partnerships().stream().filter(p -> p.kind() == PartnershipKind.TWINNING).count();
 * }</pre>
 *
 * @param <K> the type of the entities' ids
 * @param <E> the type of the entities
 */
public final class EntityTable<K extends EntityId<K>, E extends Entity<K>> implements Iterable<E> {

  private final EntityType<K, E> type;
  private final ImmutableList<E> list;
  // The validator's table of id positions (int slots, no boxed positions); never modified after
  // construction.
  private final IdPositions<K> positions;
  private final Supplier<ImmutableSetMultimap<String, E>> names;

  private EntityTable(EntityType<K, E> type, ImmutableList<E> list, IdPositions<K> positions) {
    this.type = type;
    this.list = list;
    this.positions = positions;
    this.names = Suppliers.memoize(this::nameIndex);
  }

  /**
   * A table of the given entities, whose ids are unique (the validator has checked it), with the
   * positions of the ids the validator filed while checking them, from the same entities in the
   * same order: they are not filed a second time. The positions must not be modified afterwards.
   */
  static <K extends EntityId<K>, E extends Entity<K>> EntityTable<K, E> of(
      EntityType<K, E> type, List<E> values, IdPositions<K> positions) {
    return new EntityTable<>(type, ImmutableList.copyOf(values), positions);
  }

  /** The position of the entity with the id, or -1 if there is none. Constant time. */
  int positionOf(K id) {
    return positions.get(id);
  }

  private ImmutableSetMultimap<String, E> nameIndex() {
    ImmutableSetMultimap.Builder<String, E> map = ImmutableSetMultimap.builder();
    for (E entity : list) {
      for (String name : type.names.apply(entity)) {
        String key = NameFolding.fold(name);
        if (!key.isEmpty()) {
          map.put(key, entity);
        }
      }
    }
    return map.build();
  }

  /**
   * Returns the entities, in the order they were added.
   *
   * @return the entities
   */
  public ImmutableList<E> list() {
    return list;
  }

  /**
   * Returns the entities as a sequential stream, in the order they were added.
   *
   * @return a stream of the entities
   */
  public Stream<E> stream() {
    return list.stream();
  }

  /**
   * Returns the entities in the order they were added.
   *
   * @return an iterator that does not support removal
   */
  @Override
  public Iterator<E> iterator() {
    return list.iterator();
  }

  /**
   * Returns how many entities there are.
   *
   * @return the count
   */
  public int size() {
    return list.size();
  }

  /**
   * Returns whether there are none.
   *
   * @return whether the table is empty
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Returns whether an entity has the given id. Constant time.
   *
   * @param id the id
   * @return whether there is one
   */
  public boolean contains(K id) {
    return positions.contains(requireNonNull(id, "id"));
  }

  /**
   * Returns the entity with the given id. Constant time.
   *
   * @param id the id
   * @return the entity, or empty if there is none with that id
   */
  public Optional<E> get(K id) {
    int position = positions.get(requireNonNull(id, "id"));
    return position < 0 ? Optional.empty() : Optional.of(list.get(position));
  }

  /**
   * Returns the entity with the given id, which must exist. Constant time.
   *
   * @param id the id
   * @return the entity
   * @throws IllegalArgumentException naming the id, if there is none with that id
   */
  public E require(K id) {
    return list.get(position(id));
  }

  /** The position of an existing entity; throws naming the id if there is none. */
  int position(K id) {
    int position = positions.get(requireNonNull(id, "id"));
    if (position < 0) {
      throw new IllegalArgumentException(
          "No " + type.noun() + " with id '" + id + "' in this atlas");
    }
    return position;
  }

  /** Throws naming the id if there is no entity with that id. */
  void checkContains(K id) {
    int unused = position(id);
  }

  /** The position of an entity, or -1 if there is none with that id. */
  int positionOrMinusOne(K id) {
    return positions.get(id);
  }

  /**
   * Returns the entities known by a name in any language (or, for territories, an alias), compared
   * whole, ignoring case, accents and punctuation. Equivalent to filtering {@link #list()} on a
   * name whose folded form equals that of the given one (compatibility decomposition, {@link
   * java.text.Normalizer.Form#NFKD}, with its non-spacing marks removed, so that accents do not
   * count but Indic vowel signs do; case folded; œ as oe, æ as ae, ß as ss; any run of spaces and
   * punctuation as one space); answered from the name index. For ranked search by words and word
   * beginnings, see {@link org.partneratlas.search.AtlasSearch}.
   *
   * @param name the name, in any language
   * @return the entities with that name in the order of {@link #list()}, possibly several (Veracruz
   *     the state and the port)
   */
  public ImmutableList<E> named(String name) {
    // The index keeps, for each name, its entities in the order of the list.
    return requireNonNull(names.get()).get(NameFolding.fold(requireNonNull(name, "name"))).asList();
  }

  /**
   * Returns the one entity known by a name (see {@link #named(String)}).
   *
   * @param name the name, in any language
   * @return the entity, or empty if none has that name
   * @throws IllegalArgumentException listing the ids, if several entities have that name
   */
  public Optional<E> findNamed(String name) {
    ImmutableList<E> found = named(name);
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' names several "
              + type.kind
                  .collection()
                  .replaceAll("([A-Z])", " $1")
                  .toLowerCase(java.util.Locale.ROOT)
              + ": "
              + found.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(", "))
              + "; use named(...) for all of them, or an id");
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Returns the one entity known by a name, which must exist (see {@link #named(String)}).
   *
   * @param name the name, in any language
   * @return the entity
   * @throws IllegalArgumentException if no entity or several entities have that name
   */
  public E requireNamed(String name) {
    return findNamed(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No " + type.noun() + " named '" + name + "' in this atlas"));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EntityTable && ((EntityTable<?, ?>) obj).list.equals(list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  /**
   * Returns the kind and count, such as {@code territories[20]}.
   *
   * @return a short summary
   */
  @Override
  public String toString() {
    return type.kind.collection() + "[" + list.size() + "]";
  }
}
