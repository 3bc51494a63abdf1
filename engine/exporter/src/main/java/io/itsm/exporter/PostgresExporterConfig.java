package io.itsm.exporter;

import io.camunda.zeebe.protocol.record.ValueType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Arguments of the exporter ({@code zeebe.broker.exporters.<id>.args.*}). The broker maps the args
 * onto this class with Jackson ({@code Configuration.instantiate}, property names matched case
 * insensitively, string values coerced to numbers), so it only needs a no-argument constructor and
 * setters.
 */
public final class PostgresExporterConfig {

  static final String DEFAULT_VALUE_TYPES =
      "PROCESS,FORM,PROCESS_INSTANCE,INCIDENT,VARIABLE,USER_TASK,"
          + "MESSAGE_START_EVENT_SUBSCRIPTION,JOB,PROCESS_INSTANCE_MIGRATION";

  private String jdbcUrl;
  private String username;
  private String password;
  private int batchSize = 500;
  private long flushIntervalMs = 50;
  private int maxBufferSize = 10_000;
  private String valueTypes = DEFAULT_VALUE_TYPES;
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
   * A comma-separated list. Deliberately a String setter: on 8.5.8 an {@code Object}-typed property
   * makes the broker's ExporterConfigurationListDeserializer fail with a NullPointerException
   * during validation, so YAML lists are not supported here.
   */
  public void setValueTypes(final String valueTypes) {
    this.valueTypes = valueTypes;
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
    valueTypeSet();
  }

  /** The configured value types; unknown names fail with the list of valid ones. */
  Set<ValueType> valueTypeSet() {
    final String raw =
        valueTypes == null || valueTypes.isBlank() ? DEFAULT_VALUE_TYPES : valueTypes;
    final Set<ValueType> result = EnumSet.noneOf(ValueType.class);
    for (final String part : raw.split(",")) {
      final String name = part.trim().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      try {
        result.add(ValueType.valueOf(name));
      } catch (final IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "args.valueTypes: unknown value type '"
                + name
                + "'; known: "
                + List.of(ValueType.values()),
            e);
      }
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("args.valueTypes must name at least one value type");
    }
    return result;
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
        + ", exporterId="
        + exporterId;
  }
}
