package org.partneratlas.territory;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A point on the WGS84 ellipsoid in decimal degrees: latitude from -90 to 90, longitude from -180
 * to 180.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives {@code latitude,longitude}, which {@link
 * #parse(String)} reads back.
 */
@Immutable
public final class Coordinates {

  private final double latitude;
  private final double longitude;

  private Coordinates(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * Returns the point at the given latitude and longitude.
   *
   * @param latitude degrees north (negative for south), -90 to 90
   * @param longitude degrees east (negative for west), -180 to 180
   * @return the point
   * @throws IllegalArgumentException if a value is out of range or not a number
   */
  public static Coordinates of(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException(
          "Latitude "
              + latitude
              + " is outside the WGS84 range: use degrees from -90 (south) to 90 (north)");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "Longitude "
              + longitude
              + " is outside the WGS84 range: use degrees from -180 (west) to 180 (east)");
    }
    // Normalise -0.0 so that equal points are equal.
    return new Coordinates(latitude + 0.0, longitude + 0.0);
  }

  /**
   * Reads a point from {@code latitude,longitude}.
   *
   * @param text the text, such as {@code 48.3905,-4.486}
   * @return the point
   * @throws IllegalArgumentException if the text is not two numbers in range
   */
  public static Coordinates parse(String text) {
    int comma = text.indexOf(',');
    if (comma < 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a point: write latitude,longitude such as 48.3905,-4.486");
    }
    try {
      return of(
          Double.parseDouble(text.substring(0, comma).trim()),
          Double.parseDouble(text.substring(comma + 1).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a point: write latitude,longitude such as 48.3905,-4.486", e);
    }
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north, -90 to 90
   */
  public double latitude() {
    return latitude;
  }

  /**
   * Returns the longitude.
   *
   * @return degrees east, -180 to 180
   */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Coordinates)) {
      return false;
    }
    Coordinates other = (Coordinates) obj;
    return Double.compare(latitude, other.latitude) == 0
        && Double.compare(longitude, other.longitude) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(latitude) + Double.hashCode(longitude);
  }

  /**
   * Returns {@code latitude,longitude}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
