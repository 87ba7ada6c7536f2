package org.l2softmax.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path folder;

  @Test
  void writesUtf8Text() throws IOException {
    Path file = folder.resolve("notes.txt");

    AtomicFiles.write(file, out -> out.write("‖f‖ grows"));

    assertThat(Files.readString(file)).isEqualTo("‖f‖ grows");
    assertThat(filesIn(folder)).containsExactly("notes.txt");
  }

  @Test
  void showsNothingOfTheNewTextUntilItIsComplete() throws IOException {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "old");
    List<String> seenWhileWriting = new ArrayList<>();

    AtomicFiles.write(
        file,
        out -> {
          out.write("new, first half");
          out.flush();
          seenWhileWriting.add(Files.readString(file));
          out.write(", second half");
        });

    assertThat(seenWhileWriting).containsExactly("old");
    assertThat(Files.readString(file)).isEqualTo("new, first half, second half");
  }

  @Test
  void deletesTheTemporaryFileWhenWritingFails() throws IOException {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half");
                      throw new IOException("disk full, say");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full, say");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(filesIn(folder)).containsExactly("notes.txt");
  }

  @Test
  void deletesTheTemporaryFileWhenTheMoveFails() throws IOException {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "old");
    AtomicFiles.Mover failing =
        (source, target, options) -> {
          throw new IOException("rename refused");
        };

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write("new"), failing))
        .isInstanceOf(IOException.class)
        .hasMessage("rename refused");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(filesIn(folder)).containsExactly("notes.txt");
  }

  @Test
  void fallsBackToAPlainReplaceWhenAtomicMovesAreUnsupported() throws IOException {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "old");
    List<List<CopyOption>> moves = new ArrayList<>();
    AtomicFiles.Mover noAtomicMoves =
        (source, target, options) -> {
          moves.add(Arrays.asList(options));
          if (moves.get(moves.size() - 1).contains(StandardCopyOption.ATOMIC_MOVE)) {
            throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "");
          }
          Files.move(source, target, options);
        };

    AtomicFiles.write(file, out -> out.write("new"), noAtomicMoves);

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(moves)
        .containsExactly(
            List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING),
            List.of(StandardCopyOption.REPLACE_EXISTING));
    assertThat(filesIn(folder)).containsExactly("notes.txt");
  }

  @Test
  void writesARelativePath() throws IOException {
    Path file = folder.resolve("a/../notes.txt");

    AtomicFiles.write(file, out -> out.write("x"));

    assertThat(folder.resolve("notes.txt")).hasContent("x");
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
