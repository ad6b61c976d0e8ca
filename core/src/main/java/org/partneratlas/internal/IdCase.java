package org.partneratlas.internal;

/**
 * Whether an id with a capital letter has been made in this JVM: a hint, set once and never reset,
 * that lets the Atlas builder skip looking through millions of ids for one that could differ only
 * by case from another when no id with a capital letter exists at all (ids are ASCII, so without
 * capitals two ids that fold alike are equal). Safe to read from any thread.
 */
public final class IdCase {

  private static volatile boolean capitalSeen;

  private IdCase() {}

  /** Notes an id (already checked to be a valid id) as it is made. */
  public static void noteId(String id) {
    if (capitalSeen) {
      return;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        capitalSeen = true;
        return;
      }
    }
  }

  /**
   * Returns whether some id made so far in this JVM had a capital letter; when not, no id of any
   * atlas has one.
   *
   * @return whether an id with a capital letter may exist
   */
  public static boolean capitalSeen() {
    return capitalSeen;
  }
}
