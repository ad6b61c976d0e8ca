package org.partneratlas.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are strict UTF-8 (as the JDK's decoder reads it: no overlong forms, no encoded
 * surrogates, nothing above U+10FFFF) without a NUL byte, which a JSON text never holds outside an
 * escape. Such bytes read with Jackson's byte parser exactly as the characters they encode read
 * with its character parser: {@link AtlasJson} reads them as bytes, and any other bytes (and any
 * document with a problem) through the character-counting {@link Utf8Reader}, whose lines, columns
 * and messages count characters. A NUL byte is refused so that Jackson never takes the bytes for
 * UTF-16 or UTF-32. Not thread-safe: one per document.
 */
final class PlainUtf8 {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** Continuation bytes still expected by the sequence being checked. */
  private int pending;

  /** The bounds of the next byte of the sequence (narrower than 0x80–0xBF after some leaders). */
  private int low = 0x80;

  private int high = 0xBF;

  private boolean failed;

  /** Whether a whole document is plain UTF-8. */
  static boolean check(byte[] bytes) {
    PlainUtf8 check = new PlainUtf8();
    return check.update(bytes, 0, bytes.length) && check.complete();
  }

  /**
   * Checks more bytes of the document.
   *
   * @return false if the bytes so far are not plain UTF-8
   */
  boolean update(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (!failed && i < end) {
      if (pending == 0) {
        // Eight ASCII bytes at a time, none of them 0.
        while (i + 8 <= end) {
          long word = (long) LONGS.get(bytes, i);
          if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
            break;
          }
          i += 8;
        }
        if (i == end) {
          break;
        }
      }
      next(bytes[i++] & 0xFF);
    }
    return !failed;
  }

  /** Whether the bytes checked end with a whole character. */
  boolean complete() {
    return !failed && pending == 0;
  }

  private void next(int b) {
    if (pending > 0) {
      if (b < low || b > high) {
        failed = true;
        return;
      }
      pending--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b >= 0x01 && b <= 0x7F) {
      return;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      if (b == 0xE0) {
        low = 0xA0; // no overlong form
      } else if (b == 0xED) {
        high = 0x9F; // no surrogate
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      if (b == 0xF0) {
        low = 0x90; // no overlong form
      } else if (b == 0xF4) {
        high = 0x8F; // nothing above U+10FFFF
      }
    } else {
      failed = true; // NUL, a continuation byte, C0, C1, F5–FF
    }
  }

  /** Thrown by {@link Checked} at the first byte that is not plain UTF-8. */
  static final class NotPlainException extends CharConversionException {
    private static final long serialVersionUID = 1L;

    NotPlainException() {
      super("Not plain UTF-8");
    }
  }

  /** A stream that checks the bytes read through it, throwing {@link NotPlainException}. */
  static final class Checked extends FilterInputStream {
    private final PlainUtf8 check = new PlainUtf8();

    Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = in.read(bytes, offset, length);
      if (n < 0 ? !check.complete() : !check.update(bytes, offset, n)) {
        throw new NotPlainException();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("Not skipped: every byte is checked");
    }
  }
}
