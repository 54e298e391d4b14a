package io.tasksync.benchmarks;

import com.google.firestore.v1.BatchGetDocumentsResponse;
import com.google.firestore.v1.BatchWriteRequest;
import com.google.firestore.v1.CommitRequest;
import com.google.firestore.v1.RunAggregationQueryResponse;
import com.google.firestore.v1.RunQueryResponse;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.InternalConfigurator;
import io.grpc.InternalConfiguratorRegistry;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts every Firestore operation this JVM's clients send, at the gRPC channel (the emulator does
 * not bill): documents read (returned by lookups and queries; a query that returns nothing bills
 * one read in production, counted apart), documents written by commits, commits, and the calls'
 * intervals for the sequential round trips on the critical path. Operations are booked to the
 * current cause ({@link #cause(String)}), set by the harness around what it measures.
 *
 * <p>{@link #install()} must run before the first Firestore client opens its channel.
 */
final class FirestoreOps {

  private static final AtomicReference<String> CAUSE = new AtomicReference<>("other");
  private static final Map<String, FirestoreOpCounts> BY_CAUSE = new ConcurrentHashMap<>();
  private static volatile boolean installed;

  private FirestoreOps() {}

  /** Registers the counting interceptor on every gRPC channel built from now on. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    InternalConfiguratorRegistry.setConfigurators(
        List.of(
            new InternalConfigurator() {
              @Override
              public void configureChannelBuilder(ManagedChannelBuilder<?> builder) {
                builder.intercept(new Counting());
              }
            }));
    installed = true;
  }

  /** Books the operations that follow to {@code name} (until the next call). */
  static void cause(String name) {
    CAUSE.set(name);
  }

  /** The cause operations are booked to now. */
  static String currentCause() {
    return CAUSE.get();
  }

  /** The counts booked to {@code name} so far (a live view). */
  static FirestoreOpCounts of(String name) {
    return BY_CAUSE.computeIfAbsent(name, n -> new FirestoreOpCounts());
  }

  /** Forgets every count. */
  static void reset() {
    BY_CAUSE.clear();
  }

  private static final class Counting implements ClientInterceptor {
    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(
        MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
      String cause = CAUSE.get();
      FirestoreOpCounts counts = of(cause);
      String name = method.getBareMethodName();
      return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
        private long started;
        private final long[] documents = new long[3];
        private volatile String collection = "(none)";
        private volatile int writes;

        @Override
        public void start(Listener<R> listener, Metadata headers) {
          started = System.nanoTime();
          super.start(
              new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onMessage(R message) {
                  tally(message, documents);
                  super.onMessage(message);
                }

                @Override
                public void onClose(Status status, Metadata trailers) {
                  long ended = System.nanoTime();
                  for (FirestoreOpCounts c : List.of(counts, of(cause + " / " + collection))) {
                    c.callEnded(name, started, ended, documents, writes, status.isOk());
                  }
                  super.onClose(status, trailers);
                }
              },
              headers);
        }

        @Override
        public void sendMessage(Q message) {
          collection = FirestoreCollections.of(message);
          int n = 0;
          if (message instanceof CommitRequest) {
            n = ((CommitRequest) message).getWritesCount();
          } else if (message instanceof BatchWriteRequest) {
            n = ((BatchWriteRequest) message).getWritesCount();
          }
          writes += n;
          super.sendMessage(message);
        }
      };
    }

    /**
     * Adds what a response carries to {@code tally}: [documents returned, documents asked for and
     * missing, entries counted by an aggregation].
     */
    private static void tally(Object message, long[] tally) {
      if (message instanceof BatchGetDocumentsResponse) {
        BatchGetDocumentsResponse r = (BatchGetDocumentsResponse) message;
        tally[0] += r.hasFound() ? 1 : 0;
        tally[1] += r.hasMissing() ? 1 : 0;
      } else if (message instanceof RunQueryResponse) {
        tally[0] += ((RunQueryResponse) message).hasDocument() ? 1 : 0;
      } else if (message instanceof RunAggregationQueryResponse) {
        RunAggregationQueryResponse r = (RunAggregationQueryResponse) message;
        if (r.hasResult()) {
          for (var value : r.getResult().getAggregateFieldsMap().values()) {
            tally[2] += value.getIntegerValue();
          }
        }
      }
    }
  }
}
