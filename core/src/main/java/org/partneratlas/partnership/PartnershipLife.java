package org.partneratlas.partnership;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.partneratlas.territory.TerritoryId;
import org.partneratlas.time.Bound;
import org.partneratlas.time.DateRange;
import org.partneratlas.time.Extent;
import org.partneratlas.time.PartialDate;
import org.partneratlas.time.Truth;

/**
 * How a {@link Partnership} lived: its life, the extent of it, the stretches of its status history
 * and the answers about them. Computed once per partnership (the lazy attributes of {@code
 * Partnership} call it); see the class documentation of {@code Partnership} for the rules.
 */
final class PartnershipLife {

  private static final Set<PartnershipStatus> FOUNDING =
      EnumSet.of(PartnershipStatus.PLANNED, PartnershipStatus.ACTIVE);

  private PartnershipLife() {}

  static DateRange life(Partnership p) {
    PartialDate start = null;
    for (Party party : p.parties()) {
      if (party.status() != PartyStatus.PLANNED) {
        start = earlier(start, party.period().start().orElse(null));
      }
    }
    for (Agreement agreement : p.agreements()) {
      start = earlier(start, agreement.date().orElse(null));
    }
    for (StatusChange change : p.statusHistory()) {
      if (change.date().isPresent()) {
        start = earlier(start, change.date().get());
        break;
      }
    }
    Bound endBound = Bound.OPEN;
    PartialDate end = null;
    if (!p.statusHistory().isEmpty()) {
      StatusChange last = p.statusHistory().get(p.statusHistory().size() - 1);
      if (last.status() == PartnershipStatus.ENDED) {
        end = last.date().orElse(null);
        endBound = end == null ? Bound.UNKNOWN : Bound.KNOWN;
      }
    }
    if (start != null && end != null && end.latestDay().isBefore(start.earliestDay())) {
      // An inconsistent history; the Atlas builder reports it. Keep the end alone.
      return DateRange.ended(end);
    }
    return DateRange.of(start == null ? Bound.UNKNOWN : Bound.KNOWN, start, endBound, end);
  }

  private static @Nullable PartialDate earlier(
      @Nullable PartialDate current, @Nullable PartialDate candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.earliestDay().isBefore(current.earliestDay())
        ? candidate
        : current;
  }

  static Extent extent(Partnership p) {
    Extent extent = p.life().extent();
    for (Party party : p.parties()) {
      if (party.status() != PartyStatus.PLANNED) {
        if (party.attested().isPresent()) {
          extent = extent.attestedAt(party.attested().get());
        }
        if (party.period().end().isPresent()) {
          extent = extent.startedBy(party.period().end().get());
        }
      }
    }
    for (ThemePeriod theme : p.themes()) {
      if (theme.attested().isPresent()) {
        extent = extent.attestedAt(theme.attested().get());
      }
    }
    for (StatusChange change : p.statusHistory()) {
      if (change.attested().isPresent()) {
        extent = extent.attestedAt(change.attested().get());
      }
      if (change.date().isPresent()) {
        extent = extent.startedBy(change.date().get());
      }
    }
    return extent;
  }

  static ImmutableList<StatusStretch> stretches(Partnership p) {
    Extent life = p.lifeExtent();
    List<StatusChange> history = p.statusHistory();
    int n = history.size();
    ImmutableList.Builder<StatusStretch> stretches = ImmutableList.builder();
    if (n == 0) {
      stretches.add(new StatusStretch(PartnershipStatus.ACTIVE, life));
      return stretches.build();
    }
    long[] lo = new long[n];
    long[] hi = new long[n];
    for (int i = 0; i < n; i++) {
      Optional<PartialDate> date = history.get(i).date();
      lo[i] =
          date.isPresent()
              ? date.get().earliestEpochDay()
              : (i == 0 ? life.earliestStart() : lo[i - 1]);
    }
    for (int i = n - 1; i >= 0; i--) {
      StatusChange change = history.get(i);
      if (change.date().isPresent()) {
        hi[i] = change.date().get().latestEpochDay();
      } else {
        long bound = i == n - 1 ? life.latestEnd() : hi[i + 1];
        if (change.attested().isPresent()) {
          bound = Math.min(bound, change.attested().get().latestEpochDay());
        }
        hi[i] = Math.max(bound, lo[i]);
      }
    }
    if (!FOUNDING.contains(history.get(0).status())) {
      stretches.add(
          new StatusStretch(
              PartnershipStatus.ACTIVE,
              new Extent(
                  life.earliestStart(), life.latestStart(), minusDay(lo[0]), minusDay(hi[0]))));
    }
    for (int i = 0; i < n; i++) {
      StatusChange change = history.get(i);
      long earliestEnd;
      long latestEnd;
      if (i < n - 1) {
        earliestEnd = minusDay(lo[i + 1]);
        latestEnd = minusDay(hi[i + 1]);
      } else if (change.attested().isPresent() && change.status() != PartnershipStatus.ENDED) {
        earliestEnd = change.attested().get().earliestEpochDay();
        latestEnd = Long.MAX_VALUE;
      } else {
        earliestEnd = Long.MAX_VALUE;
        latestEnd = Long.MAX_VALUE;
      }
      stretches.add(
          new StatusStretch(change.status(), new Extent(lo[i], hi[i], earliestEnd, latestEnd)));
    }
    return stretches.build();
  }

  private static long minusDay(long epochDay) {
    return epochDay == Long.MIN_VALUE || epochDay == Long.MAX_VALUE ? epochDay : epochDay - 1;
  }

  static Truth statusDuring(Partnership p, PartnershipStatus status, DateRange period) {
    Truth answer = Truth.NO;
    List<StatusStretch> stretches = p.statusStretches();
    for (StatusStretch stretch : stretches) {
      if (stretch.status() == status) {
        answer = answer.or(stretch.extent().holdsDuring(period));
        if (answer == Truth.YES) {
          return answer;
        }
      }
    }
    if (answer == Truth.NO && !stretches.isEmpty()) {
      // After a last change that is only attested, any status may hold.
      StatusStretch last = stretches.get(stretches.size() - 1);
      Extent after = last.extent();
      if (after.earliestEnd() != Long.MAX_VALUE
          && period.endEpochDay() > after.earliestEnd()
          && !p.statusHistory().isEmpty()
          && p.statusHistory().get(p.statusHistory().size() - 1).attested().isPresent()) {
        answer = Truth.UNKNOWN;
      }
    }
    return answer;
  }

  static Truth twoPartiesDuring(Partnership p, DateRange period) {
    TerritoryId firstYes = null;
    TerritoryId firstMaybe = null;
    boolean twoYes = false;
    boolean twoMaybe = false;
    Extent life = p.lifeExtent();
    for (Party party : p.parties()) {
      Truth truth = party.takesPartDuring(period, life);
      if (truth == Truth.NO) {
        continue;
      }
      if (firstMaybe == null) {
        firstMaybe = party.territory();
      } else if (!firstMaybe.equals(party.territory())) {
        twoMaybe = true;
      }
      if (truth == Truth.YES) {
        if (firstYes == null) {
          firstYes = party.territory();
        } else if (!firstYes.equals(party.territory())) {
          twoYes = true;
        }
      }
    }
    return twoYes ? Truth.YES : twoMaybe ? Truth.UNKNOWN : Truth.NO;
  }
}
