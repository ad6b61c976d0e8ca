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
    add(kind, id, index, segments(path), message);
  }

  private static List<String> segments(Object[] path) {
    List<String> segments = new ArrayList<>(path.length);
    for (Object segment : path) {
      segments.add(String.valueOf(segment));
    }
    return segments;
  }

  /**
   * Adds a problem that is a reference to an entity that does not exist.
   *
   * @param missingKind the kind of entity referred to
   * @param missingId the id referred to
   */
  void missing(
      EntityKind kind,
      String id,
      int index,
      List<String> path,
      String message,
      EntityKind missingKind,
      Object missingId) {
    problems.add(
        Problem.missing(
            kind,
            id,
            index,
            path,
            message,
            new Problem.Reference(missingKind, String.valueOf(missingId))));
  }

  /** As {@link #missing(EntityKind, String, int, List, String, EntityKind, Object)}. */
  void missing(
      EntityKind kind,
      String id,
      int index,
      Object[] path,
      String message,
      EntityKind missingKind,
      Object missingId) {
    missing(kind, id, index, segments(path), message, missingKind, missingId);
  }

  /** Returns the number of problems found so far. */
  int size() {
    return problems.size();
  }

  /**
   * Inserts the problems found by a part of the work done apart (see {@link Forked}) where they
   * would have come had it been done in line.
   */
  void insertAll(int at, Problems part) {
    problems.addAll(at, part.problems);
  }

  /** Returns the problems found, a list the caller may sort. */
  List<Problem> list() {
    return problems;
  }
}
