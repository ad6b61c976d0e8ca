package org.partneratlas.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes strict UTF-8: malformed bytes are an error, not a replacement character. Unlike {@link
 * java.io.InputStreamReader}, it first hands out every character decoded before the bad bytes, so
 * that the parser reports the error at the right line and column. A leading byte order mark is
 * skipped. Not thread-safe.
 */
final class Utf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private boolean eof;
  private boolean first = true;
  private @Nullable IOException pending;

  /** Bytes read from the stream so far. */
  private long bytesRead;

  /** Thrown for bytes that are not UTF-8, with their offset in the stream. */
  static final class InvalidUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;

    /** The offset of the first bad byte, from 0. */
    final long byteOffset;

    InvalidUtf8Exception(long byteOffset) {
      super("Not UTF-8 at byte " + byteOffset);
      this.byteOffset = byteOffset;
    }
  }

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip(); // empty, ready to be read
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      if (pending != null) {
        IOException e = pending;
        pending = null;
        throw e;
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        pending = new InvalidUtf8Exception(bytesRead - bytes.remaining());
        if (out.position() > offset) {
          break; // hand out what was decoded; throw on the next call
        }
        continue;
      }
      if (eof && result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      if (out.position() > offset && (result.isOverflow() || in.available() <= 0)) {
        break;
      }
      if (result.isOverflow()) {
        break;
      }
      // Underflow: read more bytes.
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
        bytesRead += n;
      }
      bytes.flip();
    }
    int count = out.position() - offset;
    if (first && count > 0) {
      first = false;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
        count--;
        if (count == 0) {
          return read(buffer, offset, length);
        }
      }
    }
    return count == 0 && eof ? -1 : count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
