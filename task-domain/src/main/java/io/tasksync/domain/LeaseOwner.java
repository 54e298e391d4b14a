package io.tasksync.domain;

/**
 * Who holds a lease: a stable instance identity (from configuration, one live process per instance
 * at a time) and the incarnation of that instance (one process lifetime). Written in a lease as
 * {@code instance/incarnation}; an owner id without a {@code /} is an instance with no incarnation.
 */
public record LeaseOwner(String instance, String incarnation) {

  private static final char SEPARATOR = '/';

  public LeaseOwner {
    Require.notBlank(instance, "instance");
    Require.field(incarnation, "incarnation");
    if (instance.indexOf(SEPARATOR) >= 0 || incarnation.indexOf(SEPARATOR) >= 0) {
      throw new IllegalArgumentException("instance and incarnation must not contain '/'");
    }
  }

  public static LeaseOwner of(String instance, String incarnation) {
    Require.notBlank(incarnation, "incarnation");
    return new LeaseOwner(instance, incarnation);
  }

  /** Reads an owner id as written in a lease. */
  public static LeaseOwner parse(String ownerId) {
    Require.notBlank(ownerId, "ownerId");
    int slash = ownerId.lastIndexOf(SEPARATOR);
    return slash < 0
        ? new LeaseOwner(ownerId, "")
        : new LeaseOwner(ownerId.substring(0, slash), ownerId.substring(slash + 1));
  }

  /** The id written in a lease. */
  public String id() {
    return incarnation.isEmpty() ? instance : instance + SEPARATOR + incarnation;
  }

  /**
   * Whether {@code other} is another incarnation of this instance. Both must carry an incarnation:
   * an owner without one cannot tell its process lifetimes apart.
   */
  public boolean isOtherIncarnationOf(LeaseOwner other) {
    return instance.equals(other.instance)
        && !incarnation.isEmpty()
        && !other.incarnation.isEmpty()
        && !incarnation.equals(other.incarnation);
  }
}
