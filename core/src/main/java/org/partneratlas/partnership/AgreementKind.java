package org.partneratlas.partnership;

/** The kind of an {@link Agreement}. */
public enum AgreementKind {
  /** A twinning charter or oath. */
  CHARTER,
  /** A cooperation convention or agreement. */
  CONVENTION,
  /** A protocol, such as a friendship protocol. */
  PROTOCOL,
  /** A memorandum of understanding or letter of intent. */
  MEMORANDUM,
  /** A renewal of an earlier agreement. */
  RENEWAL,
  /** A phase or programme of a cooperation, such as 2019–2021. */
  PHASE,
  /** Any other formal agreement. */
  OTHER
}
