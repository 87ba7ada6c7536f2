package org.l2softmax.data;

import java.nio.file.Path;

/**
 * A dataset could not be found or read: a missing folder or file, or an IDX file whose content
 * breaks the format. The message names the file (or the places searched) and the problem.
 */
public class DatasetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A problem with no single file behind it, such as a search that found nothing.
   *
   * @param message what went wrong and how to fix it
   */
  public DatasetException(String message) {
    super(message);
  }

  /**
   * A problem with one file.
   *
   * @param file the file at fault
   * @param problem what is wrong with it, for example "truncated: ..."
   */
  public DatasetException(Path file, String problem) {
    super(file + ": " + problem);
  }

  /**
   * A problem with one file, caused by a lower-level failure such as an I/O error.
   *
   * @param file the file at fault
   * @param problem what is wrong with it
   * @param cause the underlying failure
   */
  public DatasetException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
