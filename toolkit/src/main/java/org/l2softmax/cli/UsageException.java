package org.l2softmax.cli;

/** A command-line argument that cannot be used; its message says which and what is expected. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An error with a message for the user. */
  public UsageException(String message) {
    super(message);
  }
}
