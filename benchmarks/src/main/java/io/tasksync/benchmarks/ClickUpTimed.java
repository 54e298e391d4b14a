package io.tasksync.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wraps a store interface so that the time spent in its calls is summed per method name. */
final class ClickUpTimed {

  private ClickUpTimed() {}

  /** {@code target} behind {@code type}, adding the nanoseconds of each call under its method. */
  static <T> T timed(Class<T> type, T target, Map<String, LongAdder> nanos) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          long start = System.nanoTime();
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            nanos
                .computeIfAbsent(method.getName(), k -> new LongAdder())
                .add(System.nanoTime() - start);
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
