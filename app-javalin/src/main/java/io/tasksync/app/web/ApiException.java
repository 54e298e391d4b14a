package io.tasksync.app.web;

/** A request the API refuses, with its HTTP status and {@link ApiError} code. */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " was not found");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
