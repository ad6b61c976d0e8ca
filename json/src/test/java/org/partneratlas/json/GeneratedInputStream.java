package org.partneratlas.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document made of a prefix, a unit repeated many times and a suffix, produced on the fly so that
 * huge test documents take no memory.
 */
final class GeneratedInputStream extends InputStream {

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
    return position < length ? at(position++) & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
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
