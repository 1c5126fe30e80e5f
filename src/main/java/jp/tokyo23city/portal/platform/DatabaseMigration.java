package jp.tokyo23city.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The schema is owned by the Flyway
 * migrations under {@code db/migration}; JPA never generates it.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    private DatabaseKind kind;

    @PostConstruct
    void migrate() {
        kind = detectKind();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(kind))
                // The portal's own history starts at V1; an empty schema in an existing database is fine.
                .baselineOnMigrate(false)
                .load()
                .migrate();
        LOG.info(() -> "Database " + kind + " at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations run now)");
    }

    /** The database actually connected to, which is what the SQL must suit. */
    public DatabaseKind kind() {
        return kind;
    }

    private DatabaseKind detectKind() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? DatabaseKind.POSTGRESQL : DatabaseKind.DERBY;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }

    static Map<String, String> placeholders(DatabaseKind kind) {
        return switch (kind) {
            case DERBY -> Map.of("clob", "CLOB", "blob", "BLOB");
            case POSTGRESQL -> Map.of("clob", "TEXT", "blob", "BYTEA");
        };
    }
}
