package io.tasksync.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of this JVM at DEBUG and above, kept in memory while open: the root logger and
 * the app's ({@code io.tasksync}) are set to DEBUG, and the console appender is detached so the
 * test's output stays readable. Closing restores the levels and the appenders.
 */
final class DebugLogCapture implements AutoCloseable {

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger app = context.getLogger("io.tasksync");
  private final Level rootLevel = root.getLevel();
  private final Level appLevel = app.getLevel();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  DebugLogCapture() {
    appender.setContext(context);
    appender.start();
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    root.addAppender(appender);
    root.setLevel(Level.DEBUG);
    app.setLevel(Level.DEBUG);
  }

  /** Each event so far as one text: level, logger, thread, message, MDC, arguments and stack. */
  List<String> lines() {
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = List.copyOf(appender.list);
    }
    List<String> lines = new ArrayList<>(events.size());
    for (ILoggingEvent e : events) {
      StringBuilder line = new StringBuilder();
      line.append(e.getLevel())
          .append(' ')
          .append(e.getLoggerName())
          .append(" [")
          .append(e.getThreadName())
          .append("] ")
          .append(e.getFormattedMessage())
          .append(' ')
          .append(e.getMDCPropertyMap());
      if (e.getArgumentArray() != null) {
        for (Object argument : e.getArgumentArray()) {
          line.append(' ').append(argument);
        }
      }
      if (e.getThrowableProxy() != null) {
        line.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many of the captured events were logged by the app's own loggers at DEBUG. */
  long appDebugEvents() {
    synchronized (appender) {
      return appender.list.stream()
          .filter(e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("io.tasksync"))
          .count();
    }
  }

  void clear() {
    synchronized (appender) {
      appender.list.clear();
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    detached.forEach(root::addAppender);
    root.setLevel(rootLevel);
    app.setLevel(appLevel);
  }
}
