package io.tasksync.app.config;

import io.tasksync.application.sync.Schedule;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link AppConfig} from environment variables (the README lists each one). Every problem is
 * collected, and all of them are reported at once.
 */
public final class EnvConfig {

  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  private EnvConfig(Map<String, String> env) {
    this.env = env;
  }

  /**
   * Parses the environment.
   *
   * @throws ConfigurationException listing every problem when the environment is not usable
   */
  public static AppConfig parse(Map<String, String> env) {
    return new EnvConfig(env).read();
  }

  private AppConfig read() {
    boolean demo = demoRequested();
    int port = integer("TASKSYNC_PORT", 8080, 0, 65535);
    URI base = uri("TASKSYNC_PUBLIC_BASE_URL", "http://localhost:" + (port == 0 ? 8080 : port));
    Map<String, OrganizationId> keys = apiKeys();
    String keyset = text("TASKSYNC_TINK_KEYSET");
    if (keyset != null) {
      try {
        io.tasksync.app.security.TinkTokenCipher.fromJsonKeyset(keyset);
      } catch (IllegalArgumentException e) {
        problems.add("TASKSYNC_TINK_KEYSET is not a Tink AEAD keyset in JSON form");
      }
    }
    List<ProviderSettings> providers = new ArrayList<>();
    for (Provider p : Provider.values()) {
      provider(p, base).ifPresent(providers::add);
    }
    if (!demo) {
      require(!keys.isEmpty(), "TASKSYNC_API_KEYS is required outside demo mode");
      require(keyset != null, "TASKSYNC_TINK_KEYSET is required outside demo mode");
      require(!providers.isEmpty(), "configure at least one provider (TASKSYNC_<P>_CLIENT_ID)");
    }
    Schedule schedule = schedule();
    FirestoreSettings firestore = firestore();
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return new AppConfig(port, base, keys, keyset, providers, firestore, schedule, demo);
  }

  private boolean demoRequested() {
    String flag = text("TASKSYNC_DEMO");
    if (flag != null) {
      return Boolean.parseBoolean(flag);
    }
    boolean anyProvider = false;
    for (Provider p : Provider.values()) {
      anyProvider |= text(prefix(p) + "CLIENT_ID") != null;
    }
    return text("TASKSYNC_API_KEYS") == null && !anyProvider;
  }

  private Map<String, OrganizationId> apiKeys() {
    Map<String, OrganizationId> keys = new LinkedHashMap<>();
    String raw = text("TASKSYNC_API_KEYS");
    if (raw == null) {
      return keys;
    }
    for (String entry : raw.split(",")) {
      String[] parts = entry.trim().split(":", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        problems.add("TASKSYNC_API_KEYS: entries are org:key, one was malformed");
      } else if (parts[1].trim().length() < 16) {
        problems.add(
            "TASKSYNC_API_KEYS: the key of organization '"
                + parts[0].trim()
                + "' is shorter than 16 characters");
      } else if (keys.put(parts[1].trim(), OrganizationId.of(parts[0].trim())) != null) {
        problems.add("TASKSYNC_API_KEYS: the same key is given twice");
      }
    }
    return keys;
  }

  private java.util.Optional<ProviderSettings> provider(Provider p, URI base) {
    String prefix = prefix(p);
    String id = text(prefix + "CLIENT_ID");
    String secret = text(prefix + "CLIENT_SECRET");
    if (id == null && secret == null) {
      return java.util.Optional.empty();
    }
    if (id == null || secret == null) {
      problems.add(prefix + "CLIENT_ID and " + prefix + "CLIENT_SECRET must be set together");
      return java.util.Optional.empty();
    }
    URI redirect =
        uri(prefix + "REDIRECT_URI", base.resolve("/oauth/" + p.id() + "/callback").toString());
    URI auth = uri(prefix + "AUTH_BASE_URL", null);
    URI api = uri(prefix + "API_BASE_URL", null);
    if ((auth == null) != (api == null)) {
      problems.add(prefix + "AUTH_BASE_URL and " + prefix + "API_BASE_URL must be set together");
    }
    String webhookSecret = p == Provider.LINEAR ? text("TASKSYNC_LINEAR_WEBHOOK_SECRET") : null;
    return java.util.Optional.of(
        new ProviderSettings(
            p, id, secret, redirect, auth, api, webhookSecret, false, tuning(p, prefix)));
  }

  /** The knobs {@code p} has; see the README's configuration table. */
  private ProviderTuning tuning(Provider p, String prefix) {
    switch (p) {
      case ASANA:
        return new ProviderTuning(
            optionalInteger(prefix + "REQUESTS_PER_MINUTE", 1, 1_000_000),
            optionalInteger(prefix + "MAX_CONCURRENT_REQUESTS", 1, 50),
            bool(prefix + "INCLUDE_ARCHIVED_PROJECTS"),
            null,
            null,
            null);
      case CLICKUP:
        return new ProviderTuning(
            optionalInteger(prefix + "REQUESTS_PER_MINUTE", 1, 1_000_000),
            null,
            bool(prefix + "INCLUDE_ARCHIVED"),
            bool(prefix + "TIME_TRACKING"),
            optionalInteger(prefix + "READ_AHEAD_PAGES", 1, 16),
            null);
      case LINEAR:
        return new ProviderTuning(
            null,
            null,
            bool(prefix + "INCLUDE_ARCHIVED"),
            null,
            null,
            optionalInteger(prefix + "PAGE_SIZE", 1, 250));
      default:
        return ProviderTuning.DEFAULTS;
    }
  }

  private Schedule schedule() {
    int workers = integer("TASKSYNC_WORKERS", Schedule.DEFAULT.workers(), 1, 64);
    Duration incremental = duration("TASKSYNC_SYNC_INTERVAL", Schedule.DEFAULT.incrementalEvery());
    Duration reconcile = duration("TASKSYNC_RECONCILE_INTERVAL", Schedule.DEFAULT.reconcileEvery());
    Duration debounce = duration("TASKSYNC_WEBHOOK_DEBOUNCE", Schedule.DEFAULT.webhookDebounce());
    String instance = text("TASKSYNC_INSTANCE_ID");
    if (instance == null) {
      instance = HostIdentity.instanceId();
    } else if (!Schedule.isValidInstanceId(instance)) {
      problems.add(
          "TASKSYNC_INSTANCE_ID must be 1..100 letters, digits, '.', '_' or '-', was '"
              + instance
              + "'");
      instance = HostIdentity.instanceId();
    }
    Duration lease = duration("TASKSYNC_SYNC_LEASE", Schedule.DEFAULT_LEASE_TTL);
    if (lease.compareTo(Schedule.MIN_LEASE_TTL) < 0
        || lease.compareTo(Schedule.MAX_LEASE_TTL) > 0) {
      problems.add("TASKSYNC_SYNC_LEASE must be 5s..1h, was " + lease);
      lease = Schedule.DEFAULT_LEASE_TTL;
    }
    return new Schedule(workers, incremental, reconcile, debounce, instance, lease);
  }

  private FirestoreSettings firestore() {
    String project = text("TASKSYNC_FIRESTORE_PROJECT");
    if (project == null) {
      return null;
    }
    return new FirestoreSettings(
        project, text("TASKSYNC_FIRESTORE_DATABASE"), text("FIRESTORE_EMULATOR_HOST"));
  }

  private static String prefix(Provider p) {
    return "TASKSYNC_" + p.id().toUpperCase(Locale.ROOT) + "_";
  }

  private String text(String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private void require(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private int integer(String name, int fallback, int min, int max) {
    String raw = text(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a whole number in " + min + ".." + max + ", was '" + raw + "'");
    return fallback;
  }

  private Integer optionalInteger(String name, int min, int max) {
    return text(name) == null ? null : integer(name, min, min, max);
  }

  private Boolean bool(String name) {
    String raw = text(name);
    if (raw == null) {
      return null;
    }
    if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(raw);
    }
    problems.add(name + " must be true or false, was '" + raw + "'");
    return null;
  }

  private URI uri(String name, String fallback) {
    String raw = text(name);
    if (raw == null) {
      return fallback == null ? null : URI.create(fallback);
    }
    try {
      URI uri = new URI(raw);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    problems.add(name + " must be an absolute http(s) URL, was '" + raw + "'");
    return fallback == null ? null : URI.create(fallback);
  }

  private Duration duration(String name, Duration fallback) {
    String raw = text(name);
    if (raw == null) {
      return fallback;
    }
    try {
      Duration d = Durations.parse(raw);
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    problems.add(
        name + " must be a positive duration such as 30s, 5m, 6h or PT5M, was '" + raw + "'");
    return fallback;
  }
}
