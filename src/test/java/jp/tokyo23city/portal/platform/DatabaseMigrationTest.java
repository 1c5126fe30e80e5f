package jp.tokyo23city.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations build the schema from nothing and upgrade an older database without losing rows, on the database
 * chosen by {@code -Dportal.test.db.kind} (derby by default; .ci/run repeats this on PostgreSQL).
 */
class DatabaseMigrationTest {

    private DatabaseKind kind;
    private DataSource dataSource;
    private String schema;

    @BeforeEach
    void createEmptyDatabase() throws Exception {
        kind = DatabaseKind.parse(System.getProperty("portal.test.db.kind", "derby"));
        if (kind == DatabaseKind.DERBY) {
            Path directory = Files.createTempDirectory("portal-migration-test");
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(directory.resolve("db").toString());
            derby.setCreateDatabase("create");
            dataSource = derby;
        } else {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setServerNames(new String[] {System.getProperty("portal.test.db.host", "127.0.0.1")});
            postgres.setDatabaseName(System.getProperty("portal.test.db.name", "portal_it"));
            postgres.setUser(System.getProperty("portal.test.db.user", "postgres"));
            schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            postgres.setCurrentSchema(schema);
            dataSource = postgres;
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void buildsTheWholeSchemaWithReferenceData() throws SQLException {
        flyway(null).migrate();

        assertThat(count("SELECT COUNT(*) FROM region")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM prefecture")).isEqualTo(47);
        assertThat(count("SELECT COUNT(*) FROM municipality WHERE special_ward = TRUE")).isEqualTo(23);
        assertThat(count("SELECT COUNT(*) FROM municipality WHERE lg_code = '131016' AND name = '千代田区'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM prefecture WHERE code = '26' AND name = '京都府' AND region_code = 'KINKI'"))
                .isEqualTo(1);
    }

    @Test
    void upgradingAnOlderDatabaseKeepsEveryRow() throws SQLException {
        flyway("2").migrate();
        execute("INSERT INTO account (username, display_name, email, password_hash, password_change_required, enabled, "
                + "created_at, version) VALUES ('tanaka', '田中', 'tanaka@example.jp', 'x', FALSE, TRUE, CURRENT_TIMESTAMP, 0)");
        execute("INSERT INTO municipality (lg_code, prefecture_code, name, kana, special_ward, updated_at, version) "
                + "VALUES ('264075', '26', '京丹波町', 'きょうたんばちょう', FALSE, CURRENT_TIMESTAMP, 1)");

        flyway(null).migrate();

        assertThat(count("SELECT COUNT(*) FROM account WHERE username = 'tanaka'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM municipality")).isEqualTo(24);
        execute("INSERT INTO member (name, kana, kind, lg_code, prefecture_code, status, joined_on, created_at, version) "
                + "VALUES ('京丹波町', 'きょうたんばちょう', 'MUNICIPALITY', '264075', '26', 'ACTIVE', CURRENT_DATE, "
                + "CURRENT_TIMESTAMP, 0)");
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(1);
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        flyway(null).migrate();
        int applied = count("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        assertThat(flyway(null).migrate().migrationsExecuted).isZero();
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(applied);
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(DatabaseMigration.placeholders(kind));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
