package org.partneratlas.atlas;

import java.util.ArrayList;
import java.util.List;

/** The problems the Atlas builder finds, in the order they are found. */
final class Problems {

  private final List<Problem> problems = new ArrayList<>();

  /** Adds a problem. */
  void add(EntityKind kind, String id, int index, List<String> path, String message) {
    problems.add(Problem.of(kind, id, index, path, message));
  }

  /** Adds a problem whose path segments are given as objects, turned into text only now. */
  void add(EntityKind kind, String id, int index, Object[] path, String message) {
    List<String> segments = new ArrayList<>(path.length);
    for (Object segment : path) {
      segments.add(String.valueOf(segment));
    }
    add(kind, id, index, segments, message);
  }

  /** Returns the problems found, a list the caller may sort. */
  List<Problem> list() {
    return problems;
  }
}
