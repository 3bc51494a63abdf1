package io.itsm.exporter;

import io.camunda.zeebe.protocol.record.ValueType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Arguments of the exporter ({@code zeebe.broker.exporters.<id>.args.*}). The broker maps the args
 * onto this class with Jackson ({@code Configuration.instantiate}, property names matched case
 * insensitively, string values coerced to numbers), so it only needs a no-argument constructor and
 * setters.
 */
public final class PostgresExporterConfig {

  /**
   * Every event of these value types. The platform passes the projector's own list (value type
   * and intent, lib/engine-records.ts); this default only serves a broker configured by hand.
   */
  static final String DEFAULT_VALUE_TYPES =
      "PROCESS,FORM,PROCESS_INSTANCE,INCIDENT,VARIABLE,USER_TASK,"
          + "MESSAGE_START_EVENT_SUBSCRIPTION,JOB,PROCESS_INSTANCE_MIGRATION";

  /** Records people wait for: written at once instead of with the next timed flush. */
  static final String DEFAULT_FLUSH_AT_ONCE = "USER_TASK:CREATED";

  private String jdbcUrl;
  private String username;
  private String password;
  private int batchSize = 500;
  private long flushIntervalMs = 50;
  private int maxBufferSize = 10_000;
  private String valueTypes = DEFAULT_VALUE_TYPES;
  private String flushAtOnce = DEFAULT_FLUSH_AT_ONCE;
  private String exporterId = "itsm";

  public String getJdbcUrl() {
    return jdbcUrl;
  }

  public void setJdbcUrl(final String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(final String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(final String password) {
    this.password = password;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(final int batchSize) {
    this.batchSize = batchSize;
  }

  public long getFlushIntervalMs() {
    return flushIntervalMs;
  }

  public void setFlushIntervalMs(final long flushIntervalMs) {
    this.flushIntervalMs = flushIntervalMs;
  }

  public int getMaxBufferSize() {
    return maxBufferSize;
  }

  public void setMaxBufferSize(final int maxBufferSize) {
    this.maxBufferSize = maxBufferSize;
  }

  public String getValueTypes() {
    return valueTypes;
  }

  /**
   * A comma-separated list of {@code VALUE_TYPE} (every intent) or {@code VALUE_TYPE:INTENT}
   * entries, e.g. {@code PROCESS:CREATED,USER_TASK}. Deliberately a String setter: on 8.5.8 an {@code Object}-typed property
   * makes the broker's ExporterConfigurationListDeserializer fail with a NullPointerException
   * during validation, so YAML lists are not supported here.
   */
  public void setValueTypes(final String valueTypes) {
    this.valueTypes = valueTypes;
  }

  public String getFlushAtOnce() {
    return flushAtOnce;
  }

  /** Comma-separated {@code VALUE_TYPE[:INTENT]} entries, like {@link #setValueTypes}. */
  public void setFlushAtOnce(final String flushAtOnce) {
    this.flushAtOnce = flushAtOnce;
  }

  public String getExporterId() {
    return exporterId;
  }

  public void setExporterId(final String exporterId) {
    this.exporterId = exporterId;
  }

  /** Fails fast (at broker start) on a configuration the exporter cannot work with. */
  void validate() {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("args.jdbcUrl is required (jdbc:postgresql://host/db)");
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("args.jdbcUrl must start with jdbc:postgresql:");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("args.batchSize must be >= 1, got " + batchSize);
    }
    if (flushIntervalMs < 1) {
      throw new IllegalArgumentException(
          "args.flushIntervalMs must be >= 1, got " + flushIntervalMs);
    }
    if (maxBufferSize < batchSize) {
      throw new IllegalArgumentException(
          "args.maxBufferSize (" + maxBufferSize + ") must be >= batchSize (" + batchSize + ")");
    }
    if (exporterId == null || exporterId.isBlank()) {
      throw new IllegalArgumentException("args.exporterId must not be blank");
    }
    selection();
    flushAtOnceSelection();
  }

  /** The records to export; unknown names fail with the list of valid ones. */
  RecordSelection selection() {
    return RecordSelection.parse(
        "args.valueTypes",
        valueTypes == null || valueTypes.isBlank() ? DEFAULT_VALUE_TYPES : valueTypes);
  }

  /** The records written at once; none when blank. */
  RecordSelection flushAtOnceSelection() {
    return flushAtOnce == null || flushAtOnce.isBlank()
        ? RecordSelection.NONE
        : RecordSelection.parse("args.flushAtOnce", flushAtOnce);
  }

  /** Value types, each with the intents selected (empty: every intent). */
  record RecordSelection(Map<ValueType, Set<String>> intents) {
    static final RecordSelection NONE = new RecordSelection(Map.of());

    static RecordSelection parse(final String arg, final String raw) {
      final Map<ValueType, Set<String>> result = new EnumMap<>(ValueType.class);
      for (final String part : raw.split(",")) {
        final String entry = part.trim().toUpperCase(Locale.ROOT);
        if (entry.isEmpty()) {
          continue;
        }
        final int colon = entry.indexOf(':');
        final String name = colon < 0 ? entry : entry.substring(0, colon);
        final ValueType type;
        try {
          type = ValueType.valueOf(name);
        } catch (final IllegalArgumentException e) {
          throw new IllegalArgumentException(
              arg + ": unknown value type '" + name + "'; known: " + List.of(ValueType.values()),
              e);
        }
        final Set<String> intents = result.computeIfAbsent(type, t -> new HashSet<>());
        if (colon < 0) {
          intents.add(ALL);
        } else {
          intents.add(entry.substring(colon + 1));
        }
      }
      if (result.isEmpty()) {
        throw new IllegalArgumentException(arg + " must name at least one value type");
      }
      return new RecordSelection(result);
    }

    private static final String ALL = "*";

    Set<ValueType> valueTypes() {
      return intents.isEmpty() ? EnumSet.noneOf(ValueType.class) : EnumSet.copyOf(intents.keySet());
    }

    boolean accepts(final ValueType valueType, final String intent) {
      final Set<String> selected = intents.get(valueType);
      return selected != null && (selected.contains(ALL) || selected.contains(intent));
    }
  }

  @Override
  public String toString() {
    return "jdbcUrl="
        + jdbcUrl
        + ", username="
        + username
        + ", password="
        + (password == null ? "<none>" : "***")
        + ", batchSize="
        + batchSize
        + ", flushIntervalMs="
        + flushIntervalMs
        + ", maxBufferSize="
        + maxBufferSize
        + ", valueTypes="
        + valueTypes
        + ", flushAtOnce="
        + flushAtOnce
        + ", exporterId="
        + exporterId;
  }
}
