package io.tasksync.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** The default instance identity: this host's name, stable across restarts of the process. */
final class HostIdentity {

  private static final int MAX_LENGTH = 100;

  private HostIdentity() {}

  static String instanceId() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = System.getenv().getOrDefault("HOSTNAME", "");
    }
    return of(name);
  }

  /** The host name with every character an instance id does not allow replaced by '-'. */
  static String of(String hostName) {
    String cleaned = hostName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    if (cleaned.isEmpty()) {
      return "tasksync";
    }
    return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
  }
}
