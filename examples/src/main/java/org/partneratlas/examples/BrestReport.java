package org.partneratlas.examples;

/** Prints a report of Brest Métropole's international action. */
public final class BrestReport {
  private BrestReport() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println(BrestDataset.atlas());
  }
}
