package org.partneratlas.atlas;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partneratlas.action.Action;
import org.partneratlas.action.ActionId;
import org.partneratlas.actor.Actor;
import org.partneratlas.actor.ActorId;
import org.partneratlas.common.Entity;
import org.partneratlas.common.EntityId;
import org.partneratlas.common.LocalizedText;
import org.partneratlas.crisis.Crisis;
import org.partneratlas.crisis.CrisisId;
import org.partneratlas.crisis.CrisisImpact;
import org.partneratlas.crisis.CrisisImpactId;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.partnership.PartnershipId;
import org.partneratlas.territory.Territory;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.theme.Theme;
import org.partneratlas.theme.ThemeId;

/**
 * What the atlas needs to know of one kind of entity to keep it in an {@link EntityTable}: its
 * classes, the kind named in problems, and the names it is looked up by. One constant per kind; the
 * builder, the validator and the tables loop over {@link #STORED}.
 *
 * @param <K> the id type
 * @param <E> the entity type
 */
final class EntityType<K extends EntityId<K>, E extends Entity<K>> {

  static final EntityType<TerritoryId, Territory> TERRITORY =
      new EntityType<>(
          EntityKind.TERRITORY,
          Territory.class,
          TerritoryId.class,
          t -> {
            List<String> names = new ArrayList<>(t.names().asMap().values());
            names.addAll(t.aliases());
            return names;
          });
  static final EntityType<PartnershipId, Partnership> PARTNERSHIP =
      new EntityType<>(
          EntityKind.PARTNERSHIP, Partnership.class, PartnershipId.class, p -> texts(p.names()));
  static final EntityType<ThemeId, Theme> THEME =
      new EntityType<>(EntityKind.THEME, Theme.class, ThemeId.class, t -> texts(t.labels()));
  static final EntityType<ActorId, Actor> ACTOR =
      new EntityType<>(EntityKind.ACTOR, Actor.class, ActorId.class, a -> texts(a.names()));
  static final EntityType<CrisisId, Crisis> CRISIS =
      new EntityType<>(EntityKind.CRISIS, Crisis.class, CrisisId.class, c -> texts(c.names()));
  static final EntityType<CrisisImpactId, CrisisImpact> CRISIS_IMPACT =
      new EntityType<>(
          EntityKind.CRISIS_IMPACT, CrisisImpact.class, CrisisImpactId.class, i -> List.of());

  /** Actions are kept inside their partnerships; their table is derived from them. */
  static final EntityType<ActionId, Action> ACTION =
      new EntityType<>(EntityKind.ACTION, Action.class, ActionId.class, a -> List.of());

  /** The kinds an atlas builder stores, in the order of {@link EntityKind}. */
  static final ImmutableList<EntityType<?, ?>> STORED =
      ImmutableList.of(TERRITORY, PARTNERSHIP, THEME, ACTOR, CRISIS, CRISIS_IMPACT);

  final EntityKind kind;
  final Class<E> type;
  final Class<K> idType;
  final Function<? super E, ? extends Iterable<String>> names;

  private EntityType(
      EntityKind kind,
      Class<E> type,
      Class<K> idType,
      Function<? super E, ? extends Iterable<String>> names) {
    this.kind = kind;
    this.type = type;
    this.idType = idType;
    this.names = names;
  }

  private static Iterable<String> texts(LocalizedText text) {
    return text.asMap().values();
  }

  /** The stored kind of an entity, or of an id; throws naming the class if there is none. */
  static EntityType<?, ?> ofEntity(Object entity) {
    for (EntityType<?, ?> type : STORED) {
      if (type.type.isInstance(entity)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "an atlas holds territories, partnerships, themes, actors, crises and crisis impacts, not "
            + entity.getClass().getName()
            + (entity instanceof Action ? " (add actions to their partnership)" : ""));
  }

  static EntityType<?, ?> ofId(Object id) {
    for (EntityType<?, ?> type : STORED) {
      if (type.idType.isInstance(id)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "not the id of an entity an atlas holds: " + id.getClass().getName());
  }

  /** The singular noun used in messages: "territory", "crisis impact". */
  String noun() {
    return kind.noun();
  }

  @Override
  public String toString() {
    return kind.collection();
  }
}
