package org.l2softmax.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes result files so that a reader never sees half of one: the content goes to a temporary
 * file in the same folder, which then replaces the target in one move.
 *
 * <p>If the writing fails, the target is left as it was. If the JVM is stopped (Ctrl-C) during a
 * write, a shutdown hook removes the temporary file.
 */
public final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "l2softmax-tmp"));
  }

  private AtomicFiles() {}

  /** What writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content; any exception leaves the target untouched. */
    void writeTo(Writer writer) throws IOException;
  }

  /**
   * Writes a text file (UTF-8) atomically, creating its folder if needed.
   *
   * @throws UncheckedIOException naming the file if it cannot be written
   */
  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(absolute.getParent());
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      PENDING.add(temporary);
      makeReadable(temporary);
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      move(temporary, absolute);
      LOG.debug("wrote {}", absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + absolute + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        PENDING.remove(temporary);
        deleteQuietly(temporary);
      }
    }
  }

  /** Writes a string to a text file (UTF-8) atomically. */
  public static void writeString(Path target, String text) {
    write(target, writer -> writer.write(text));
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Limitation: some file systems cannot rename atomically; a plain replace is the best left.
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temporary files start private (rw-------); a result file should read like any other. */
  private static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void deletePending() {
    PENDING.forEach(AtomicFiles::deleteQuietly);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.debug("could not delete temporary file {}", path, e);
    }
  }
}
