package io.itsm.exporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Appends the engine's event records of the configured value types to {@code engine_records}
 * (created by the knex migration {@code 20261123000100_create_engine_records.js}), for the
 * TypeScript projector to turn into the read model.
 *
 * <p>At-least-once and nothing lost: records are buffered and written in one transaction per
 * flush, together with this exporter's position in {@code exporter_positions} and a {@code
 * pg_notify('engine_records', '<partition>')}; the broker is told the position only after the
 * commit. Inserts are idempotent ({@code ON CONFLICT DO NOTHING}), and records at or below the
 * stored position are skipped (the broker's acknowledged position comes from its last snapshot and
 * can lag behind the database's).
 *
 * <p>All callbacks (export, the scheduled flush, close) run on the broker's exporter actor thread,
 * so no synchronisation is needed.
 */
public final class PostgresExporter implements Exporter {

  private static final String INSERT_RECORD =
      "INSERT INTO engine_records"
          + " (partition_id, position, record_key, value_type, intent, record_timestamp, record)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)"
          + " ON CONFLICT (partition_id, position) DO NOTHING";
  private static final String UPSERT_POSITION =
      "INSERT INTO exporter_positions (exporter_id, partition_id, position, updated_at)"
          + " VALUES (?, ?, ?, now())"
          + " ON CONFLICT (exporter_id, partition_id) DO UPDATE"
          + " SET position = GREATEST(exporter_positions.position, EXCLUDED.position),"
          + " updated_at = now()";
  private static final String SELECT_POSITION =
      "SELECT position FROM exporter_positions WHERE exporter_id = ? AND partition_id = ?";
  private static final String NOTIFY = "SELECT pg_notify('engine_records', ?)";

  private static final long UNKNOWN = -1L;
  private static final long INITIAL_BACKOFF_NANOS = Duration.ofSeconds(1).toNanos();
  private static final long MAX_BACKOFF_NANOS = Duration.ofSeconds(10).toNanos();

  /** The shaded driver, used directly: DriverManager's lookup does not see the exporter's jar. */
  private static final Driver DRIVER = new org.postgresql.Driver();

  private Logger log;
  private PostgresExporterConfig config;
  private PostgresExporterConfig.RecordSelection selection;
  private PostgresExporterConfig.RecordSelection flushAtOnce;
  private int partitionId;
  private long flushIntervalNanos;

  private Controller controller;
  private ScheduledTask flushTask;
  private boolean closed;

  private Connection connection;
  private final List<Row> buffer = new ArrayList<>();
  /** Highest position handled (buffered or skipped); acknowledged after the next commit. */
  private long lastSeenPosition = UNKNOWN;
  /** Position stored in exporter_positions; UNKNOWN until read successfully. */
  private long storedPosition = UNKNOWN;
  private boolean storedPositionKnown;

  private long lastFlushNanos;
  private long nextAttemptNanos;
  private long backoffNanos;
  private boolean failing;

  @Override
  public void configure(final Context context) {
    log = context.getLogger();
    config = context.getConfiguration().instantiate(PostgresExporterConfig.class);
    config.validate();
    selection = config.selection();
    flushAtOnce = config.flushAtOnceSelection();
    partitionId = context.getPartitionId();
    flushIntervalNanos = Duration.ofMillis(config.getFlushIntervalMs()).toNanos();
    context.setFilter(new EventFilter(selection.valueTypes()));
  }

  @Override
  public void open(final Controller controller) {
    this.controller = controller;
    lastFlushNanos = System.nanoTime();
    nextAttemptNanos = lastFlushNanos;
    try {
      readStoredPosition(connection());
      connection.commit();
    } catch (final SQLException | RuntimeException e) {
      // Not fatal: the position is read again before the first flush.
      discardConnection();
      failed(e);
    }
    final long brokerPosition = controller.getLastExportedRecordPosition();
    log.info(
        "ITSM Postgres exporter open: partition {}, broker position {}, stored position {} ({})",
        partitionId,
        brokerPosition,
        storedPositionKnown ? storedPosition : "unknown",
        config);
    if (storedPositionKnown && storedPosition > brokerPosition) {
      log.info(
          "ITSM exporter: records up to position {} are already in Postgres and will be skipped"
              + " (if the engine's data was wiped, wipe engine_records/exporter_positions too)",
          storedPosition);
    }
    scheduleFlush();
  }

  @Override
  public void export(final Record<?> record) {
    final long position = record.getPosition();
    if (!accepts(record) || (storedPositionKnown && position <= storedPosition)) {
      skip(position);
      flushIfDue();
      return;
    }
    if (buffer.size() >= config.getMaxBufferSize() && !flush(false)) {
      // Backpressure: the broker calls export() again with this same record later.
      throw new BufferFullException(buffer.size());
    }
    buffer.add(Row.of(record));
    lastSeenPosition = position;
    if (buffer.size() >= config.getBatchSize()
        || flushAtOnce.accepts(record.getValueType(), record.getIntent().name())) {
      flush(false);
    } else {
      flushIfDue();
    }
  }

  @Override
  public void close() {
    closed = true;
    if (flushTask != null) {
      flushTask.cancel();
      flushTask = null;
    }
    if (controller != null && !buffer.isEmpty()) {
      try {
        flush(true);
      } catch (final RuntimeException e) {
        // ignored: the broker exports these records again after the restart
      }
    }
    discardConnection();
  }

  private boolean accepts(final Record<?> record) {
    return record.getRecordType() == RecordType.EVENT
        && selection.accepts(record.getValueType(), record.getIntent().name());
  }

  /** A record that needs no write: acknowledge it at once, or with the buffer it follows. */
  private void skip(final long position) {
    if (buffer.isEmpty()) {
      lastSeenPosition = position;
      controller.updateLastExportedRecordPosition(position);
    } else {
      lastSeenPosition = Math.max(lastSeenPosition, position);
    }
  }

  /** The wall-clock check: the broker clock (and with it the scheduled task) may be paused. */
  private void flushIfDue() {
    if (!buffer.isEmpty() && System.nanoTime() - lastFlushNanos >= flushIntervalNanos) {
      flush(false);
    }
  }

  private void scheduleFlush() {
    if (closed) {
      return;
    }
    flushTask =
        controller.scheduleCancellableTask(
            Duration.ofMillis(config.getFlushIntervalMs()), this::onScheduledFlush);
  }

  private void onScheduledFlush() {
    try {
      flushIfDue();
    } catch (final RuntimeException e) {
      log.warn("ITSM exporter: scheduled flush failed: {}", describe(e));
    } finally {
      scheduleFlush();
    }
  }

  /**
   * Writes the whole buffer in one transaction. Returns true when the buffer is empty afterwards.
   * Failures are logged once per outage, the buffer is kept and the next attempt waits a backoff
   * (1 s doubling to 10 s) unless {@code ignoreBackoff}.
   */
  private boolean flush(final boolean ignoreBackoff) {
    if (buffer.isEmpty()) {
      return true;
    }
    final long now = System.nanoTime();
    if (!ignoreBackoff && failing && now - nextAttemptNanos < 0) {
      return false;
    }
    final long ackPosition = lastSeenPosition;
    final int written;
    try {
      final Connection conn = connection();
      if (!storedPositionKnown) {
        readStoredPosition(conn);
      }
      written = write(conn, ackPosition);
      conn.commit();
    } catch (final SQLException | RuntimeException e) {
      discardConnection();
      failed(e);
      return false;
    }
    storedPosition = Math.max(storedPosition, ackPosition);
    final int buffered = buffer.size();
    buffer.clear();
    lastFlushNanos = System.nanoTime();
    controller.updateLastExportedRecordPosition(ackPosition);
    if (failing) {
      failing = false;
      backoffNanos = 0;
      log.info(
          "ITSM exporter: Postgres reachable again; wrote {} of {} buffered records up to {}",
          written,
          buffered,
          ackPosition);
    }
    return true;
  }

  private int write(final Connection conn, final long ackPosition) throws SQLException {
    int written = 0;
    try (PreparedStatement insert = conn.prepareStatement(INSERT_RECORD)) {
      int pending = 0;
      for (final Row row : buffer) {
        if (row.position <= storedPosition) {
          continue; // stored by an earlier run (learned on reconnect)
        }
        insert.setInt(1, row.partitionId);
        insert.setLong(2, row.position);
        insert.setLong(3, row.key);
        insert.setString(4, row.valueType);
        insert.setString(5, row.intent);
        insert.setObject(
            6, OffsetDateTime.ofInstant(Instant.ofEpochMilli(row.timestamp), ZoneOffset.UTC));
        insert.setString(7, row.json);
        insert.addBatch();
        written++;
        if (++pending >= config.getBatchSize()) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    try (PreparedStatement upsert = conn.prepareStatement(UPSERT_POSITION)) {
      upsert.setString(1, config.getExporterId());
      upsert.setInt(2, partitionId);
      upsert.setLong(3, ackPosition);
      upsert.executeUpdate();
    }
    try (PreparedStatement notify = conn.prepareStatement(NOTIFY)) {
      notify.setString(1, Integer.toString(partitionId));
      notify.execute();
    }
    return written;
  }

  private void readStoredPosition(final Connection conn) throws SQLException {
    try (PreparedStatement select = conn.prepareStatement(SELECT_POSITION)) {
      select.setString(1, config.getExporterId());
      select.setInt(2, partitionId);
      try (ResultSet rs = select.executeQuery()) {
        storedPosition = rs.next() ? rs.getLong(1) : UNKNOWN;
      }
    }
    storedPositionKnown = true;
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      final Properties props = new Properties();
      if (config.getUsername() != null) {
        props.setProperty("user", config.getUsername());
      }
      if (config.getPassword() != null) {
        props.setProperty("password", config.getPassword());
      }
      // Defaults only: parameters in the JDBC URL take precedence.
      props.setProperty("ApplicationName", "zeebe-itsm-exporter");
      props.setProperty("connectTimeout", "5");
      props.setProperty("socketTimeout", "60");
      props.setProperty("tcpKeepAlive", "true");
      final Connection conn = DRIVER.connect(config.getJdbcUrl(), props);
      if (conn == null) {
        throw new SQLException("The PostgreSQL driver does not accept the URL in args.jdbcUrl");
      }
      conn.setAutoCommit(false);
      connection = conn;
    }
    return connection;
  }

  private void discardConnection() {
    if (connection != null) {
      try {
        connection.rollback();
      } catch (final SQLException | RuntimeException ignored) {
        // the connection is going away anyway
      }
      try {
        connection.close();
      } catch (final SQLException | RuntimeException ignored) {
        // nothing left to do
      }
      connection = null;
    }
  }

  private void failed(final Exception e) {
    backoffNanos =
        backoffNanos == 0 ? INITIAL_BACKOFF_NANOS : Math.min(backoffNanos * 2, MAX_BACKOFF_NANOS);
    nextAttemptNanos = System.nanoTime() + backoffNanos;
    if (!failing) {
      failing = true;
      log.warn(
          "ITSM exporter: cannot write to Postgres ({}); keeping {} records buffered and retrying",
          describe(e),
          buffer.size());
    } else {
      log.debug("ITSM exporter: Postgres still failing: {}", describe(e));
    }
  }

  /** One short line: a BatchUpdateException's own message repeats the whole statement. */
  private static String describe(final Exception e) {
    Exception cause = e;
    if (e instanceof SQLException sql && sql.getNextException() != null) {
      cause = sql.getNextException();
    }
    String message = String.valueOf(cause.getMessage()).strip();
    final int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    final String state =
        cause instanceof SQLException sql && sql.getSQLState() != null
            ? " [" + sql.getSQLState() + "]"
            : "";
    return cause.getClass().getSimpleName() + state + ": " + message;
  }

  /** Metadata filter: only events, only the configured value types (no deserialisation). */
  private record EventFilter(Set<ValueType> valueTypes) implements Context.RecordFilter {
    @Override
    public boolean acceptType(final RecordType recordType) {
      return recordType == RecordType.EVENT;
    }

    @Override
    public boolean acceptValue(final ValueType valueType) {
      return valueTypes.contains(valueType);
    }
  }

  /** A record copied out of the broker's buffer (the Record itself is reused after export). */
  private record Row(
      int partitionId,
      long position,
      long key,
      String valueType,
      String intent,
      long timestamp,
      String json) {

    static Row of(final Record<?> record) {
      return new Row(
          record.getPartitionId(),
          record.getPosition(),
          record.getKey(),
          record.getValueType().name(),
          record.getIntent().name(),
          record.getTimestamp(),
          withoutNulChars(record.toJson()));
    }
  }

  /**
   * jsonb rejects the escape {@code \u0000} (a NUL char in a variable would block the exporter
   * forever); replace it with U+FFFD, leaving escaped backslashes alone.
   */
  static String withoutNulChars(final String json) {
    if (!json.contains("\\u0000")) {
      return json;
    }
    final StringBuilder out = new StringBuilder(json.length());
    int i = 0;
    while (i < json.length()) {
      final char c = json.charAt(i);
      if (c == '\\' && i + 1 < json.length()) {
        if (json.startsWith("u0000", i + 1)) {
          out.append("\\ufffd");
          i += 6;
        } else {
          out.append(c).append(json.charAt(i + 1));
          i += 2;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Thrown from export() when the buffer is full and Postgres cannot take it. */
  static final class BufferFullException extends RuntimeException {
    BufferFullException(final int size) {
      // no stack trace: the broker logs this on every retry
      super(
          "ITSM exporter buffer full (" + size + " records) and Postgres unavailable; retrying",
          null,
          false,
          false);
    }
  }
}
