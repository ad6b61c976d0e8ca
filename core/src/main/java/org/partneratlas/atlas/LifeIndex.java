package org.partneratlas.atlas;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.partneratlas.partnership.Partnership;
import org.partneratlas.time.Extent;

/**
 * An index of closed intervals of epoch days, answering "which intervals overlap the days [from,
 * to]?" in O(log n + k) for k answers. The atlas keeps two: the span in which each partnership
 * {@linkplain Partnership#lifeExtent() may have existed}, from {@link Extent#earliestStart()} to
 * {@link Extent#latestEnd()} (a sound prefilter of every "possibly" question: a partnership whose
 * span misses a period held nothing in it), and the stretch in which each certainly existed (a
 * sound prefilter of every "definitely" question); the exact three-valued predicate is then tested
 * on the candidates.
 *
 * <p>An interval is [start, end], "without limit" being {@link Long#MIN_VALUE} or {@link
 * Long#MAX_VALUE}, so open-ended lives ("since 2009") and lives of unknown start need no special
 * case and are never cut at some "last year of the data". A life overlaps [from, to] when {@code
 * start <= to && end >= from}, that is when either it starts within [from, to], or it starts before
 * {@code from} and contains {@code from}. The first set is a range of the positions sorted by start
 * (two binary searches); the second is a stabbing query on a centred interval tree, built on the
 * median of the endpoints so that its depth is at most log2(n) + 1. The two sets are disjoint, so
 * no answer is reported twice.
 *
 * <p>Days are kept as {@code int}s (epoch days of years 1 to 9999 fit easily), "without limit" as
 * {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE}: {@link #days} maps every day to its int
 * and the limits to these, and a period asked about is mapped the same way, which keeps every
 * comparison between a life's day and a period's day as it was in {@code long}s.
 */
final class LifeIndex {

  private final int[] start;
  private final int[] end;

  /** Positions sorted by start, then by position. */
  private final int[] byStart;

  /** The starts, in the order of byStart. */
  private final int[] sortedStarts;

  /** All ends, ascending. */
  private final int[] sortedEnds;

  private final @Nullable Node root;

  private static final class Node {
    final int center;

    /** The intervals containing center, by ascending start. */
    final int[] byStartAscending;

    /** The same intervals, by descending end. */
    final int[] byEndDescending;

    final @Nullable Node left;
    final @Nullable Node right;

    Node(
        int center,
        int[] byStartAscending,
        int[] byEndDescending,
        @Nullable Node left,
        @Nullable Node right) {
      this.center = center;
      this.byStartAscending = byStartAscending;
      this.byEndDescending = byEndDescending;
      this.left = left;
      this.right = right;
    }
  }

  /** An index of the spans in which the partnerships may have existed, by position. */
  LifeIndex(java.util.List<Partnership> partnerships) {
    this(starts(partnerships), ends(partnerships), false);
  }

  /** An index of the intervals [start[i], end[i]], for tests of every shape of interval. */
  LifeIndex(long[] start, long[] end) {
    this(days(start), days(end), false);
  }

  /**
   * An index of the intervals [start[i], end[i]] (days as {@link #days} maps them) that keeps the
   * arrays it is given, which the caller must not modify afterwards (the index never does).
   */
  static LifeIndex owning(int[] start, int[] end) {
    return new LifeIndex(start, end, false);
  }

  /**
   * A day as an int: itself for every day of the calendar, the int limits for "without limit"
   * ({@link Long#MIN_VALUE}, {@link Long#MAX_VALUE}) and beyond. Monotonic, and one to one on the
   * days and limits an atlas holds, so comparisons keep their answers.
   */
  static int day(long day) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
  }

  private static int[] days(long[] days) {
    int[] result = new int[days.length];
    for (int i = 0; i < days.length; i++) {
      result[i] = day(days[i]);
    }
    return result;
  }

  @SuppressWarnings("UnusedVariable") // the flag tells the constructors apart
  private LifeIndex(int[] start, int[] end, boolean unused) {
    int n = start.length;
    this.start = start;
    this.end = end;
    // Ranks of the endpoints among all endpoints, to sort positions by packing (rank, position)
    // into primitive longs rather than sorting boxed positions with a comparator; needed only
    // while building.
    int[] values = new int[2 * n];
    System.arraycopy(start, 0, values, 0, n);
    System.arraycopy(end, 0, values, n, n);
    Arrays.sort(values);
    int[] startRank = new int[n];
    int[] endRank = new int[n];
    for (int i = 0; i < n; i++) {
      startRank[i] = Arrays.binarySearch(values, start[i]);
      endRank[i] = Arrays.binarySearch(values, end[i]);
    }
    byStart = sortedBy(all(n), startRank, false);
    sortedStarts = new int[n];
    for (int i = 0; i < n; i++) {
      sortedStarts[i] = this.start[byStart[i]];
    }
    sortedEnds = this.end.clone();
    Arrays.sort(sortedEnds);
    root = build(all(n), startRank, endRank);
  }

  private static int[] starts(java.util.List<Partnership> partnerships) {
    int[] result = new int[partnerships.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = day(partnerships.get(i).lifeExtent().earliestStart());
    }
    return result;
  }

  private static int[] ends(java.util.List<Partnership> partnerships) {
    int[] result = new int[partnerships.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = day(partnerships.get(i).lifeExtent().latestEnd());
    }
    return result;
  }

  private static int[] all(int n) {
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = i;
    }
    return positions;
  }

  /**
   * Sorts positions by a rank, ascending or descending, then by ascending position: a deterministic
   * order, by a primitive sort of (rank, position) pairs packed into longs.
   */
  private static int[] sortedBy(int[] positions, int[] rank, boolean descending) {
    long[] packed = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      int p = positions[i];
      long r = descending ? Integer.MAX_VALUE - rank[p] : rank[p];
      packed[i] = (r << 32) | p;
    }
    Arrays.sort(packed);
    int[] result = new int[packed.length];
    for (int i = 0; i < packed.length; i++) {
      result[i] = (int) packed[i];
    }
    return result;
  }

  private @Nullable Node build(int[] positions, int[] startRank, int[] endRank) {
    int k = positions.length;
    if (k == 0) {
      return null;
    }
    int[] endpoints = new int[2 * k];
    for (int i = 0; i < k; i++) {
      endpoints[2 * i] = start[positions[i]];
      endpoints[2 * i + 1] = end[positions[i]];
    }
    Arrays.sort(endpoints);
    int center = endpoints[k];
    int leftCount = 0;
    int rightCount = 0;
    for (int p : positions) {
      if (end[p] < center) {
        leftCount++;
      } else if (start[p] > center) {
        rightCount++;
      }
    }
    int[] left = new int[leftCount];
    int[] right = new int[rightCount];
    int[] middle = new int[k - leftCount - rightCount];
    int l = 0;
    int r = 0;
    int m = 0;
    for (int p : positions) {
      if (end[p] < center) {
        left[l++] = p;
      } else if (start[p] > center) {
        right[r++] = p;
      } else {
        middle[m++] = p;
      }
    }
    return new Node(
        center,
        sortedBy(middle, startRank, false),
        sortedBy(middle, endRank, true),
        build(left, startRank, endRank),
        build(right, startRank, endRank));
  }

  /**
   * Returns an upper bound of the number of lives overlapping [from, to], in O(log n): the smaller
   * of the number of lives starting on or before {@code to} and the number ending on or after
   * {@code from}.
   */
  int estimate(long fromDay, long toDay) {
    int from = day(fromDay);
    int to = day(toDay);
    int startingBefore = upperBound(sortedStarts, to);
    int endingAfter = sortedEnds.length - lowerBound(sortedEnds, from);
    return Math.min(startingBefore, endingAfter);
  }

  /**
   * Returns the positions of the partnerships whose life overlaps [from, to], ascending. O(log n +
   * k log k) for k answers.
   */
  int[] overlapping(long fromDay, long toDay) {
    int from = day(fromDay);
    int to = day(toDay);
    if (from > to) {
      return new int[0];
    }
    int lo = lowerBound(sortedStarts, from);
    int hi = upperBound(sortedStarts, to);
    int[] result = new int[Math.max(0, hi - lo) + 16];
    int count = 0;
    for (int i = lo; i < hi; i++) {
      result = grow(result, count);
      result[count++] = byStart[i];
    }
    // Lives starting before 'from' and containing it.
    Node node = root;
    while (node != null) {
      if (from < node.center) {
        for (int p : node.byStartAscending) {
          if (start[p] > from) {
            break;
          }
          if (start[p] < from) {
            result = grow(result, count);
            result[count++] = p;
          }
        }
        node = node.left;
      } else if (from > node.center) {
        for (int p : node.byEndDescending) {
          if (end[p] < from) {
            break;
          }
          if (start[p] < from) {
            result = grow(result, count);
            result[count++] = p;
          }
        }
        node = node.right;
      } else {
        for (int p : node.byStartAscending) {
          if (start[p] >= from) {
            break;
          }
          result = grow(result, count);
          result[count++] = p;
        }
        node = null;
      }
    }
    int[] answer = Arrays.copyOf(result, count);
    Arrays.sort(answer);
    return answer;
  }

  private static int[] grow(int[] array, int count) {
    return count < array.length ? array : Arrays.copyOf(array, array.length * 2);
  }

  /** The first index whose value is >= key. */
  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose value is > key. */
  private static int upperBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
