package org.l2softmax.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a text file so that readers see either the old file or the complete new one.
 *
 * <p>The text goes to a hidden temporary file in the target's folder, is forced to disk, and is
 * then renamed over the target. If writing fails, the temporary file is deleted and the target is
 * left as it was. If the JVM is stopped (Ctrl-C) during a write, a shutdown hook deletes the
 * temporary file.
 */
public final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "l2softmax-tmp"));
  }

  private AtomicFiles() {}

  /** Writes the text of a file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole text; an exception leaves the target as it was. */
    void writeTo(Writer out) throws IOException;
  }

  /** Moves a file; {@link Files#move} outside tests. */
  @FunctionalInterface
  interface Mover {
    void move(Path source, Path target, CopyOption... options) throws IOException;
  }

  /**
   * Writes {@code target} atomically, in UTF-8, creating its folder if needed.
   *
   * @throws IOException if the target is a folder, or writing or renaming fails
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, Files::move);
  }

  static void write(Path target, Content content, Mover mover) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new IOException("cannot write file " + file + ": it is a folder; expected a file path");
    }
    Path folder = file.getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");

    PENDING.add(temporary);
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      makeReadable(temporary);
      moveOver(temporary, file, mover);
    } catch (Throwable failure) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanupFailure) {
        failure.addSuppressed(cleanupFailure);
      }
      throw failure;
    } finally {
      PENDING.remove(temporary);
    }
    LOG.debug("wrote {} ({} bytes)", file, Files.size(file));
  }

  private static void moveOver(Path temporary, Path file, Mover mover) throws IOException {
    try {
      mover.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Limitation: some file systems cannot rename atomically; a reader may then briefly see no
      // file, but never a partial one, since the text is complete before the move.
      LOG.debug("atomic move unsupported for {}, replacing it non-atomically", file);
      mover.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temporary files may start private; a result file should read like any other. */
  private static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void deletePending() {
    for (Path temporary : PENDING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        LOG.debug("could not delete temporary file {}", temporary, e);
      }
    }
  }
}
