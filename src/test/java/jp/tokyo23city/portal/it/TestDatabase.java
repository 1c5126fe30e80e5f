package jp.tokyo23city.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Gives each integration test class an empty database, so that no class depends on what another left behind. Called
 * from a static initializer, before Arquillian starts Payara Micro, with the same settings the server gets from
 * failsafe ({@code PORTAL_DB_KIND}, {@code PORTAL_DATA_DIR}, {@code PORTAL_DB_*}).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void reset() {
        String kind = env("PORTAL_DB_KIND", "derby");
        if ("postgresql".equalsIgnoreCase(kind)) {
            resetPostgresql();
        } else {
            deleteDirectory(Path.of(env("PORTAL_DATA_DIR", "target/it-data")));
        }
    }

    /** Whether the portal under test runs on PostgreSQL, whose tables a test may then change directly. */
    public static boolean isPostgresql() {
        return "postgresql".equalsIgnoreCase(env("PORTAL_DB_KIND", "derby"));
    }

    /** Runs one SQL update on the PostgreSQL test database (e.g. to move a deadline into the past). */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = postgres().getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one SQL query for a number on the PostgreSQL test database (e.g. counting rows). */
    public static long number(String sql, Object... parameters) {
        try (Connection connection = postgres().getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PGSimpleDataSource postgres() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setServerNames(new String[] {env("PORTAL_DB_HOST", "127.0.0.1")});
        postgres.setDatabaseName(env("PORTAL_DB_NAME", "portal_it"));
        postgres.setUser(env("PORTAL_DB_USER", "postgres"));
        postgres.setPassword(env("PORTAL_DB_PASSWORD", ""));
        return postgres;
    }

    private static void resetPostgresql() {
        try (Connection connection = postgres().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the PostgreSQL test database: " + e.getMessage(), e);
        }
    }

    private static void deleteDirectory(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
