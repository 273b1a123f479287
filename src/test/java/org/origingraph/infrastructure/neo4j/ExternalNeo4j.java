package org.origingraph.infrastructure.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * A real Neo4j server outside the test JVM, without Docker: {@link ExternalNeo4jMain} in a child JVM
 * (this JVM's {@code java} and class path), Bolt on a loopback port chosen once and kept across
 * restarts, data in a directory that survives {@link #kill()}. The application under test reaches it
 * with {@code spring.neo4j.uri}, as it would reach a production server.
 *
 * <p>{@link #kill()} is {@code kill -9} ({@link Process#destroyForcibly()}): no shutdown hook, no
 * checkpoint; {@link #start()} again recovers the store from its transaction log. Not thread-safe:
 * one test drives it.
 */
public final class ExternalNeo4j implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Path dataDirectory;
  private final int port;
  private final Path log;
  private @Nullable Process process;

  /** A server (not yet started) keeping its store in {@code dataDirectory}, on a free loopback port. */
  public ExternalNeo4j(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
    this.port = freePort();
    this.log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-neo4j.log");
  }

  /** {@code bolt://127.0.0.1:port}; the same before and after a restart. */
  public URI boltUri() {
    return URI.create("bolt://127.0.0.1:" + port);
  }

  /** Starts the server and waits until Bolt answers. */
  public ExternalNeo4j start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running");
    }
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), ExternalNeo4jMain.class.getName(),
        dataDirectory.toString(), Integer.toString(port));
    try {
      Files.createDirectories(dataDirectory);
      Process started = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      process = started;
      awaitReady(started);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Neo4j in a child JVM", e);
    }
  }

  /** The server's process id, while it runs. */
  public long pid() {
    if (process == null) {
      throw new IllegalStateException("not started");
    }
    return process.pid();
  }

  /** {@code kill -9}: the process ends at once, without closing the store. */
  public void kill() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroyForcibly();
    try {
      running.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Whether the server process is running. */
  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the server cleanly (closing its standard input) and waits for it. */
  @Override
  public void close() {
    Process running = process;
    if (running == null) {
      return;
    }
    try {
      running.getOutputStream().close();
      if (!running.waitFor(60, TimeUnit.SECONDS)) {
        running.destroyForcibly();
      }
    } catch (IOException e) {
      running.destroyForcibly();
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private void awaitReady(Process started) {
    var ready = CompletableFuture.supplyAsync(() -> {
      try {
        var out = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(ExternalNeo4jMain.READY)) {
            return line;
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    try {
      if (ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) == null) {
        throw new IllegalStateException("Neo4j exited before it was ready; see " + log);
      }
    } catch (TimeoutException e) {
      started.destroyForcibly();
      throw new IllegalStateException("Neo4j was not ready within " + START_TIMEOUT + "; see " + log, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Neo4j did not start; see " + log, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
