package org.partneratlas.json;

/**
 * Options of {@link AtlasJson}, {@link AtlasJsonModule} and {@link GeoJson}, each on or off.
 *
 * <p>Whatever the options, reading accepts every document of the format, and writing is
 * deterministic: the same atlas with the same options always gives the same bytes.
 */
public enum AtlasJsonFeature {
  /**
   * Writes documents indented by two spaces, one property or array element per line, with {@code
   * \n} line ends; off, documents are written on one line without spaces. On by default. Host
   * mappers ignore it: they decide their own indentation.
   */
  INDENT_OUTPUT(true),

  /**
   * Also writes the properties that hold their default value: empty lists, sets, maps and texts,
   * and the default role, status and period of parties, theme periods and actions. Off by default:
   * such properties are left out, which reads back the same.
   */
  WRITE_DEFAULT_VALUES(false);

  private final boolean enabledByDefault;

  AtlasJsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Returns whether this feature is on in {@link AtlasJson#standard()}.
   *
   * @return whether it is on by default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
