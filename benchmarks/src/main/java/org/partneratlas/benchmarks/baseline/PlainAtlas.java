package org.partneratlas.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a user without the library writes to hold an atlas document: plain Java records mirroring
 * the JSON format property by property, bound by Jackson databind, with no validation (dates, codes
 * and enums stay strings; references are not checked; nothing is indexed).
 *
 * <p>Components are in the order the library writes its properties, and empty or absent values are
 * left out, so that Jackson writes records read from a library document back to the same bytes.
 *
 * @param format the format name
 * @param version the format version
 * @param territories the territories
 * @param themes the themes
 * @param actors the actors
 * @param partnerships the partnerships
 * @param crises the crises
 * @param crisisImpacts the crisis impacts
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlainAtlas(
    String format,
    int version,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<TerritoryRecord> territories,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<ThemeRecord> themes,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<ActorRecord> actors,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<PartnershipRecord> partnerships,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<CrisisRecord> crises,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<CrisisImpactRecord> crisisImpacts) {

  /** A source. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SourceRecord(
      String title,
      @Nullable String publisher,
      @Nullable String date,
      @Nullable String url,
      @Nullable String page,
      @Nullable String note) {}

  /** A point. */
  public record CoordinatesRecord(double latitude, double longitude) {}

  /** A population count. */
  public record PopulationRecord(long count, int year) {}

  /** A territory. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record TerritoryRecord(
      String id,
      String level,
      Map<String, String> names,
      String officialLanguage,
      @Nullable List<String> aliases,
      String country,
      @Nullable String subdivision,
      @Nullable String parent,
      @Nullable CoordinatesRecord coordinates,
      @Nullable PopulationRecord population,
      @Nullable Map<String, String> externalIds,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A theme. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ThemeRecord(
      String id,
      Map<String, String> labels,
      @Nullable List<Integer> sdgs,
      @Nullable Map<String, String> attributes) {}

  /** An actor. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ActorRecord(
      String id,
      String kind,
      Map<String, String> names,
      @Nullable Map<String, String> description,
      @Nullable String base,
      @Nullable String founded,
      @Nullable List<String> links,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A party of a partnership. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PartyRecord(
      String territory,
      @Nullable String role,
      @Nullable String period,
      @Nullable String status,
      @Nullable Map<String, String> attributes) {}

  /** An agreement. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AgreementRecord(
      String kind,
      @Nullable Map<String, String> title,
      @Nullable String signed,
      @Nullable String period,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A status change. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record StatusChangeRecord(
      String date,
      String status,
      @Nullable Map<String, String> cause,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A theme of a partnership with its period. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ThemePeriodRecord(
      String theme, @Nullable String period, @Nullable Map<String, String> attributes) {}

  /** An action. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ActionRecord(
      String id,
      String kind,
      @Nullable Map<String, String> title,
      @Nullable String when,
      @Nullable String place,
      @Nullable String modality,
      @Nullable String status,
      @Nullable List<String> themes,
      @Nullable List<String> actors,
      @Nullable List<String> links,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A perspective. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PerspectiveRecord(
      @Nullable Map<String, String> description,
      @Nullable String when,
      @Nullable List<String> plannedParties,
      @Nullable List<String> plannedThemes,
      @Nullable List<String> plannedActionKinds,
      @Nullable List<String> plannedModalities,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A partnership. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PartnershipRecord(
      String id,
      String kind,
      @Nullable Map<String, String> names,
      @Nullable List<PartyRecord> parties,
      @Nullable List<AgreementRecord> agreements,
      @Nullable List<StatusChangeRecord> statusHistory,
      @Nullable List<ThemePeriodRecord> themes,
      @Nullable List<Map<String, String>> aims,
      @Nullable List<ActionRecord> actions,
      @Nullable List<PerspectiveRecord> perspectives,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** A crisis. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CrisisRecord(
      String id,
      String kind,
      Map<String, String> names,
      String period,
      @Nullable String externalCode,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}

  /** An adaptation to a crisis. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AdaptationRecord(
      Map<String, String> description,
      @Nullable List<String> actions,
      @Nullable Map<String, String> attributes) {}

  /** A crisis impact. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CrisisImpactRecord(
      String id,
      String crisis,
      @Nullable Map<String, String> summary,
      @Nullable List<String> territories,
      @Nullable List<String> partnerships,
      @Nullable List<String> suspendedActionKinds,
      @Nullable List<AdaptationRecord> adaptations,
      @Nullable List<Map<String, String>> lessons,
      @Nullable List<SourceRecord> sources,
      @Nullable Map<String, String> attributes) {}
}
