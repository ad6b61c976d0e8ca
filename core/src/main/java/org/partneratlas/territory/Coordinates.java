package org.partneratlas.territory;

import com.google.errorprone.annotations.Immutable;

/**
 * A point on the WGS84 ellipsoid in decimal degrees: latitude from -90 to 90, longitude from -180
 * to 180.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives {@code latitude,longitude}, which {@link
 * #parse(String)} reads back.
 *
 * @param latitude the latitude in degrees, -90 (south) to 90 (north)
 * @param longitude the longitude in degrees, -180 (west) to 180 (east)
 */
@Immutable
public record Coordinates(double latitude, double longitude) {

  /**
   * Checks the point and normalises {@code -0.0}; {@link #of(double, double)} reads better.
   *
   * @param latitude the latitude in degrees, -90 (south) to 90 (north)
   * @param longitude the longitude in degrees, -180 (west) to 180 (east)
   * @throws IllegalArgumentException if a coordinate is out of range or not a number
   */
  public Coordinates {
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
    latitude += 0.0;
    longitude += 0.0;
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
    return new Coordinates(latitude, longitude);
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
   * Returns {@code latitude,longitude}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
