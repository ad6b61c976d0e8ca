package org.partneratlas.crisis;

/** What kind of disruption a {@link Crisis} is. */
public enum CrisisKind {
  /** An epidemic or pandemic (COVID-19). */
  PANDEMIC,
  /** An earthquake, flood, storm or other natural disaster. */
  NATURAL_DISASTER,
  /** An armed conflict. */
  CONFLICT,
  /** An economic or financial crisis. */
  ECONOMIC,
  /** Any other crisis, such as a political one. */
  OTHER
}
