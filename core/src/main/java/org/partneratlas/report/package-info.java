/**
 * Reports: views that read a whole {@link org.partneratlas.atlas.Atlas} and answer one question
 * about it. The entity packages hold the entities and their values; what is computed across an
 * atlas is here. Each view is immutable and thread-safe, made by a static factory from an atlas.
 *
 * <ul>
 *   <li>{@link org.partneratlas.report.Timeline}: the chronology of a partnership or of a
 *       territory, as {@link org.partneratlas.report.TimelineEvent}s (agreements, party changes,
 *       status changes, theme changes, crises, actions, perspectives), sorted by a documented rule
 *       for imprecise dates;
 *   <li>{@link org.partneratlas.report.ThemeHistory}: the themes that appeared in and left a
 *       partnership, as {@link org.partneratlas.report.ThemeChange}s;
 *   <li>{@link org.partneratlas.report.CrisisReport}: what a crisis did to the partnerships it
 *       affected, with the {@link org.partneratlas.report.ModalityMix} of their actions year by
 *       year;
 *   <li>{@link org.partneratlas.report.PlannedDevelopments}: what is planned in a partnership (its
 *       perspectives, planned parties and planned actions);
 *   <li>{@link org.partneratlas.report.PartnershipNetwork}: territories as nodes and partnerships
 *       as edges, on Guava's graph types;
 *   <li>{@link org.partneratlas.report.PartnershipStatistics}: counts of partnerships by kind,
 *       status, decade of start, theme, country and continent;
 *   <li>{@link org.partneratlas.report.Geography}: great-circle distances between territories and
 *       partners by distance, as {@link org.partneratlas.report.PartnerDistance}s.
 * </ul>
 */
@NullMarked
@CheckReturnValue
@AtlasStyle
package org.partneratlas.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.partneratlas.internal.AtlasStyle;
