package org.l2softmax.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One IDX file opened for reading, raw or gzipped: big-endian header fields, then the payload in
 * bulk. Every I/O failure and every shortfall becomes a {@link DatasetException} naming the file.
 *
 * <p>Compression is recognised by the gzip magic bytes 0x1f 0x8b, not by the file name. Positions
 * and sizes in messages count bytes after decompression.
 */
final class IdxInput implements Closeable {

  /** The largest payload read into one Java byte array (a few bytes under 2^31, as JVMs allow). */
  static final long MAX_PAYLOAD_BYTES = Integer.MAX_VALUE - 8;

  private static final Logger log = LoggerFactory.getLogger(IdxInput.class);

  private static final int GZIP_FIRST_BYTE = 0x1f;
  private static final int GZIP_SECOND_BYTE = 0x8b;
  private static final int STREAM_BUFFER_BYTES = 1 << 16;

  // A gzip stream does not say how much it holds, so its payload buffer starts at this size and
  // doubles as data arrives: a header that overstates its count costs memory only for real data.
  private static final int FIRST_GZIP_CHUNK_BYTES = 1 << 24;

  private final Path file;
  private final boolean gzipped;
  private final long fileBytes;
  private final InputStream in;
  private long position;

  private IdxInput(Path file, boolean gzipped, long fileBytes, InputStream in) {
    this.file = file;
    this.gzipped = gzipped;
    this.fileBytes = fileBytes;
    this.in = in;
  }

  /**
   * Opens a file and looks at its first two bytes to decide whether it is gzipped.
   *
   * @throws DatasetException if the file is missing, is a folder, or cannot be opened
   */
  static IdxInput open(Path file) {
    if (Files.isDirectory(file)) {
      throw new DatasetException(file, "is a folder, expected an IDX file");
    }
    if (!Files.isRegularFile(file)) {
      throw new DatasetException(file, "no such file");
    }

    InputStream buffered = null;
    boolean gzipped = false;
    try {
      long fileBytes = Files.size(file);
      buffered = new BufferedInputStream(Files.newInputStream(file), STREAM_BUFFER_BYTES);
      gzipped = startsWithGzipMagic(buffered);
      InputStream in = gzipped ? new GZIPInputStream(buffered, STREAM_BUFFER_BYTES) : buffered;
      return new IdxInput(file, gzipped, fileBytes, in);
    } catch (IOException e) {
      closeAfterFailure(buffered, e);
      String problem = gzipped
          ? "starts with the gzip magic bytes but has no valid gzip header (" + e + ")"
          : "cannot be opened (" + e + ")";
      throw new DatasetException(file, problem, e);
    }
  }

  /** Whether the file is gzip-compressed. */
  boolean gzipped() {
    return gzipped;
  }

  /**
   * Reads one big-endian 32-bit header field.
   *
   * @param field what the field means, for the message if the file ends inside it
   */
  int readInt(String field) {
    long offset = position;
    byte[] bytes = new byte[Integer.BYTES];
    int found = readUpTo(bytes, 0, bytes.length);
    if (found < bytes.length) {
      throw new DatasetException(file, "truncated header: the file ends after "
          + describeBytes(position) + ", inside the " + field + " (4 bytes at offset " + offset
          + ")");
    }
    return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8
        | (bytes[3] & 0xff);
  }

  /**
   * Reads the rest of the file as {@code items} items of {@code itemBytes} bytes each, and checks
   * that nothing follows them. Nothing is allocated for a raw file whose size cannot match.
   *
   * @param items number of items the header promises, at least 1
   * @param itemBytes bytes per item, at least 1
   * @param itemsName the items in words for messages, such as "images of 28x28" or "labels"
   * @return exactly {@code items * itemBytes} bytes
   * @throws DatasetException if the payload would not fit one array, is short, or is followed by
   *     more data
   */
  byte[] readPayload(int items, long itemBytes, String itemsName) {
    String promised = items + " " + itemsName;
    if (itemBytes > MAX_PAYLOAD_BYTES / items) {
      throw new DatasetException(file, "header promises " + promised + " (" + items + " x "
          + itemBytes + " bytes), more than the " + MAX_PAYLOAD_BYTES
          + " bytes this reader holds in one array; the header is probably corrupt");
    }
    long expected = items * itemBytes;
    byte[] payload = gzipped ? readGrowing(expected) : readExactly(expected, promised);
    if (payload.length < expected) {
      throw new DatasetException(file, "truncated: the header promises " + promised + " ("
          + expected + " bytes) but only " + describeBytes(payload.length)
          + " follow the header, so only " + payload.length / itemBytes + " of the " + items
          + " are complete");
    }
    expectEnd(promised);
    return payload;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Everything needed was read already; a failing close loses no data.
      log.debug("Closing {} failed", file, e);
    }
  }

  private byte[] readExactly(long expected, String promised) {
    long available = fileBytes - position;
    if (available > expected) {
      throw new DatasetException(file, "has " + (available - expected) + " bytes after the "
          + promised + " its header promises; expected the file to end there");
    }
    byte[] payload = new byte[(int) Math.min(expected, available)];
    int found = readUpTo(payload, 0, payload.length);
    return found == payload.length ? payload : Arrays.copyOf(payload, found);
  }

  private byte[] readGrowing(long expected) {
    byte[] payload = new byte[(int) Math.min(expected, FIRST_GZIP_CHUNK_BYTES)];
    int filled = 0;
    while (true) {
      filled += readUpTo(payload, filled, payload.length - filled);
      if (filled < payload.length) {
        return Arrays.copyOf(payload, filled);
      }
      if (filled == expected) {
        return payload;
      }
      payload = Arrays.copyOf(payload, (int) Math.min(expected, 2L * payload.length));
    }
  }

  private void expectEnd(String promised) {
    byte[] probe = new byte[1];
    if (readUpTo(probe, 0, 1) > 0) {
      throw new DatasetException(file, "has more data after the " + promised
          + " its header promises; expected the " + (gzipped ? "decompressed data" : "file")
          + " to end there");
    }
  }

  /** Reads until {@code length} bytes arrived or the data ended; returns how many arrived. */
  private int readUpTo(byte[] buffer, int offset, int length) {
    int total = 0;
    try {
      while (total < length) {
        int read = in.read(buffer, offset + total, length - total);
        if (read < 0) {
          break;
        }
        total += read;
      }
    } catch (IOException e) {
      String problem = gzipped
          ? "gzip data is corrupt or cut short after " + describeBytes(position + total)
          : "read failed after " + (position + total) + " bytes";
      throw new DatasetException(file, problem + " (" + e + ")", e);
    }
    position += total;
    return total;
  }

  private String describeBytes(long bytes) {
    return bytes + (gzipped ? " bytes of decompressed data" : " bytes");
  }

  private static boolean startsWithGzipMagic(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == GZIP_FIRST_BYTE && second == GZIP_SECOND_BYTE;
  }

  private static void closeAfterFailure(InputStream in, IOException failure) {
    if (in == null) {
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
