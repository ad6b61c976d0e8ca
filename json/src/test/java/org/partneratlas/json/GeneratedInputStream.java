package org.partneratlas.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A document made of a prefix, a unit repeated many times (the same, or a new one for each index,
 * such as a distinct key) and a suffix, produced on the fly so that huge test documents take no
 * memory.
 */
final class GeneratedInputStream extends InputStream {

  /** Makes the unit of each index, for documents whose units differ. */
  private final @Nullable LongFunction<String> units;

  private byte[] current = new byte[0];
  private int currentPosition;
  private long nextUnit;
  private int part; // 0 prefix, 1 units, 2 suffix, 3 end

  private final byte[] prefix;
  private final byte[] unit;
  private final long repeat;
  private final byte[] suffix;
  private final long length;
  private long position;

  GeneratedInputStream(String prefix, String unit, long repeat, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.repeat = repeat;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.length = this.prefix.length + this.unit.length * repeat + this.suffix.length;
    this.units = null;
  }

  /**
   * Returns a document of a prefix, {@code repeat} units made by {@code units} from their index (0
   * to {@code repeat - 1}) and a suffix.
   */
  GeneratedInputStream(String prefix, LongFunction<String> units, long repeat, String suffix) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.unit = new byte[0];
    this.repeat = repeat;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
    this.length = -1;
    this.units = units;
    this.current = this.prefix;
  }

  /** The next byte of a document of distinct units, or -1. */
  private int nextDistinct(LongFunction<String> units) {
    while (currentPosition == current.length) {
      if (part == 0 || part == 1) {
        if (nextUnit < repeat) {
          part = 1;
          current = units.apply(nextUnit++).getBytes(StandardCharsets.UTF_8);
        } else {
          part = 2;
          current = suffix;
        }
      } else {
        part = 3;
        return -1;
      }
      currentPosition = 0;
    }
    position++;
    return current[currentPosition++] & 0xFF;
  }

  private byte at(long i) {
    if (i < prefix.length) {
      return prefix[(int) i];
    }
    i -= prefix.length;
    long middle = unit.length * repeat;
    if (i < middle) {
      return unit[(int) (i % unit.length)];
    }
    return suffix[(int) (i - middle)];
  }

  @Override
  public int read() {
    if (units != null) {
      return nextDistinct(units);
    }
    return position < length ? at(position++) & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (units != null) {
      int n = 0;
      while (n < len) {
        if (currentPosition == current.length) {
          int c = nextDistinct(units); // moves to the next part
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
          continue;
        }
        int chunk = Math.min(len - n, current.length - currentPosition);
        System.arraycopy(current, currentPosition, b, off + n, chunk);
        currentPosition += chunk;
        position += chunk;
        n += chunk;
      }
      return n;
    }
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - position);
    for (int i = 0; i < n; i++) {
      b[off + i] = at(position++);
    }
    return n;
  }

  /** Returns how many bytes were read, to check that reading stopped early. */
  long position() {
    return position;
  }
}
