package org.partneratlas.atlas;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;

/**
 * The entities an {@link Atlas.Builder} holds before it builds: one list for each kind an atlas
 * stores, in the order they were added.
 */
final class Staging {

  private final Map<EntityKind, List<Entity<?>>> staged = new EnumMap<>(EntityKind.class);

  Staging() {
    for (EntityType<?, ?> type : EntityType.STORED) {
      staged.put(type.kind, new ArrayList<>());
    }
  }

  /** Adds every value, or none if one is null or is not an entity an atlas holds. */
  void addAll(Iterable<? extends Entity<?>> values) {
    requireNonNull(values, "values");
    List<Entity<?>> checked = new ArrayList<>();
    List<EntityType<?, ?>> kinds = new ArrayList<>();
    for (Entity<?> value : values) {
      if (value == null) {
        throw new NullPointerException(
            "the value at position " + checked.size() + " is null: give a value, or leave it out");
      }
      kinds.add(EntityType.ofEntity(value));
      checked.add(value);
    }
    for (int i = 0; i < checked.size(); i++) {
      of(kinds.get(i)).add(checked.get(i));
    }
  }

  /** Replaces the entities of the kind and id of the value, at the first's position, or adds it. */
  void replace(Entity<?> value) {
    requireNonNull(value, "value");
    List<Entity<?>> list = of(EntityType.ofEntity(value));
    Object key = value.id();
    int first = -1;
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).id().equals(key)) {
        list.remove(i);
        first = i;
      }
    }
    if (first < 0) {
      list.add(value);
    } else {
      list.add(first, value);
    }
  }

  /** Removes the entities with the id. */
  void remove(EntityId<?> id) {
    requireNonNull(id, "id");
    of(EntityType.ofId(id)).removeIf(e -> e.id().equals(id));
  }

  /** The staged entities of one kind; the cast holds because add files each value by its type. */
  @SuppressWarnings("unchecked")
  <K extends EntityId<K>, E extends Entity<K>> List<E> list(EntityType<K, E> type) {
    return (List<E>) (List<?>) of(type);
  }

  private List<Entity<?>> of(EntityType<?, ?> type) {
    return requireNonNull(staged.get(type.kind), "staged");
  }
}
