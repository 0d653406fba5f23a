package org.reverb.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that refuses bad bytes and says where the first one is, instead of inventing U+FFFD. */
final class StrictUtf8 {

  /** The bytes are not UTF-8; {@code offset} is the position of the first bad byte in the decoded range. */
  static final class Malformed extends Exception {

    private static final long serialVersionUID = 1L;

    final int offset;

    Malformed(int offset, int value) {
      super(String.format("invalid UTF-8 byte 0x%02X at byte offset %d", value, offset), null, false, false);
      this.offset = offset;
    }
  }

  private StrictUtf8() {}

  /** Decodes {@code bytes[0..length)}. */
  static String decode(byte[] bytes, int length) throws Malformed {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new Malformed(in.position(), bytes[in.position()] & 0xFF);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new Malformed(in.position(), bytes[Math.max(0, in.position() - 1)] & 0xFF);
    }
    return out.flip().toString();
  }

  /** The 1-based line that byte {@code offset} is on. */
  static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first NUL byte in {@code bytes[0..length)}, or -1: text never holds one, binaries do. */
  static int firstNul(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
