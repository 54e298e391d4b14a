package io.tasksync.adapter.firestore;

import com.google.api.core.ApiFuture;
import com.google.api.gax.rpc.ApiException;
import com.google.cloud.firestore.FirestoreException;
import io.grpc.Status;
import io.tasksync.port.out.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for Firestore calls within a bound and turns their failures into store exceptions. */
final class FirestoreCalls {

  private final String target;
  private final Duration timeout;

  FirestoreCalls(FirestoreConfig config) {
    this.target = config.target();
    this.timeout = config.requestTimeout();
  }

  /** Waits for {@code future}; {@code action} says what it was for in a failure's message. */
  <T> T await(ApiFuture<T> future, String action) {
    return await(future, action, 0);
  }

  /** As {@link #await(ApiFuture, String)}; a failure reports {@code notWritten} tasks. */
  <T> T await(ApiFuture<T> future, String action, long notWritten) {
    try {
      // The client's retries stop at the timeout; the margin lets its own error arrive first.
      return future.get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw failure(action, "interrupted", notWritten, e);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw failure(action, "no answer within " + timeout.toSeconds() + " s", notWritten, e);
    } catch (ExecutionException e) {
      throw translate(e.getCause(), action, notWritten);
    }
  }

  /** Turns a failure of a Firestore call into the ports' store exception. */
  StoreUnavailableException translate(Throwable cause, String action, long notWritten) {
    if (cause instanceof StoreUnavailableException) {
      return (StoreUnavailableException) cause;
    }
    return failure(action, reason(cause), notWritten, cause);
  }

  private StoreUnavailableException failure(
      String action, String reason, long notWritten, Throwable cause) {
    String message =
        target
            + " failed while "
            + action
            + ": "
            + reason
            + ". Check that Firestore is running and reachable, then retry.";
    return new StoreUnavailableException(message, notWritten, cause);
  }

  private static String reason(Throwable cause) {
    if (cause instanceof ApiException) {
      ApiException api = (ApiException) cause;
      return api.getStatusCode().getCode() + " (" + firstLine(api.getMessage()) + ")";
    }
    if (cause instanceof FirestoreException) {
      Status status = ((FirestoreException) cause).getStatus();
      String code = status == null ? "error" : status.getCode().toString();
      return code + " (" + firstLine(cause.getMessage()) + ")";
    }
    return cause.getClass().getSimpleName() + " (" + firstLine(cause.getMessage()) + ")";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no detail";
    }
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
