package org.l2softmax.plots;

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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a text file so that readers see either the old file or the complete new one.
 *
 * <p>The text goes to a hidden temporary file in the target's folder, is forced to disk, and is
 * then renamed over the target. If writing fails, the temporary file is deleted and the target is
 * left as it was.
 */
final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  private AtomicFiles() {}

  /** Writes the text of a file. */
  @FunctionalInterface
  interface Content {
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
  static void write(Path target, Content content) throws IOException {
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
      moveOver(temporary, file, mover);
    } catch (Throwable failure) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanupFailure) {
        failure.addSuppressed(cleanupFailure);
      }
      throw failure;
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
}
