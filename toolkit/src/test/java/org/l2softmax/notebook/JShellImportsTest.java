package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The imports that bin/jshell and both notebook kernels load (jshell/imports.jsh) all compile
 * against the toolkit's class path. JShell itself would only print an error and go on.
 */
class JShellImportsTest {

  @Test
  void everyImportOfTheStartupScriptResolves() throws IOException {
    String script = Files.readString(startupScript());
    List<String> rejected = new ArrayList<>();
    int snippets = 0;

    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(script);
      while (info.completeness().isComplete()) {
        snippets++;
        for (SnippetEvent event : shell.eval(info.source())) {
          if (event.status() != Snippet.Status.VALID) {
            rejected.add(info.source().strip() + " -> " + event.status());
          }
        }
        info = analysis.analyzeCompletion(info.remaining());
      }
    }

    assertThat(rejected).isEmpty();
    assertThat(snippets).isGreaterThan(30);
  }

  /** jshell/imports.jsh in the repository: found from the working folder up. */
  static Path startupScript() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path script = folder.resolve("jshell").resolve("imports.jsh");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    throw new IllegalStateException("jshell/imports.jsh not found above " + Path.of("")
        .toAbsolutePath());
  }
}
