package io.tasksync.domain;

import java.util.Objects;

/** Argument checks that name the offending field. */
final class Require {

  private Require() {}

  static <T> T field(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static long notNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
